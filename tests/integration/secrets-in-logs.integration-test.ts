/**
 * Secrets never reach the logs. Realistic flows run through the real code —
 * sign-up, Auth.js sign-in with a wrong and the right password, sessions
 * (including a forged cookie), throttling, invitations, a mail server refusing
 * the SMTP password, a database that fails mid-request, the startup banner and
 * health check with a DATABASE_URL holding a password — while everything
 * written to the console and to stdout/stderr is captured, and none of the
 * secrets may appear in it, as is or encoded (URL, base64).
 */
import { randomBytes } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { FREE_FAILURES } from "@/features/auth/throttle-policy";
import { logApiError } from "@/server/api/log-api-error";
import { createContextInner } from "@/server/api/context";
import { appRouter } from "@/server/api/root";
import { setDatabaseForTests } from "@/server/db";
import { checkHealth } from "@/server/health";
import { readMailConfig } from "@/server/mail/mail-config";
import { sendPendingNotificationEmails } from "@/server/mail/notification-mailer";
import { startServer } from "@/server/startup";
import { openBrowser, postSignIn, readSession, SESSION_COOKIE, type AuthHandlers } from "../helpers/auth-http";
import { captureOutput, findSecrets } from "../helpers/capture-output";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim, createUser, testBus } from "../helpers/factories";
import { closedPort, refusingSmtpServer, unmigratedDatabase, unreachableDatabase, withFailingStartup } from "../helpers/failing-services";

const random = (prefix: string) => `${prefix}-${randomBytes(12).toString("base64url")}`;
/** A client address of its own per run: sign-in throttling counts failures per address, and PostgreSQL keeps them between runs. */
const randomIp = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

/** Secrets known up front. */
const secret = {
  password: random("pw"),
  wrongPassword: random("pw"),
  AUTH_SECRET: random("auth"),
  AUTH_GITHUB_SECRET: random("gh"),
  dbPassword: random("db/pass"),
  smtpPassword: random("smtp/pass"),
};
/** Every secret looked for, by name: those above, and those the app makes during the flows (tokens, the hash). */
const secrets: Record<string, string> = { ...secret };
// In CI the test database's own URL may hold a password: it must not show up either.
const realDbPassword = process.env.DATABASE_URL ? decodeURIComponent(new URL(process.env.DATABASE_URL).password) : "";
if (realDbPassword) secrets["DATABASE_URL password"] = realDbPassword;

// Auth.js reads its secret and providers when it loads.
process.env.AUTH_SECRET = secret.AUTH_SECRET;
process.env.AUTH_GITHUB_ID = "factdesk-test-client";
process.env.AUTH_GITHUB_SECRET = secret.AUTH_GITHUB_SECRET;
const { handlers } = (await import("@/server/auth")) as unknown as { handlers: AuthHandlers };

const database = await openTestDatabase();
const db = database.prisma;

/** Runs a flow with the output captured, then checks it for every secret known by then. */
async function captured(flow: () => Promise<void>): Promise<string> {
  const out = captureOutput();
  try {
    await flow();
  } finally {
    out.restore();
  }
  const leaks = findSecrets(out.lines, secrets);
  expect(leaks, "secrets written to the console or stdout/stderr").toEqual([]);
  return out.text();
}

/** The API route (src/app/api/trpc) minus its session lookup, which needs a Next request: same adapter, same error logging. */
function callApi(path: string, input: unknown, ctx: { userId: string | null; db: typeof db }) {
  const req = new Request(`http://localhost:3000/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
  return fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createContextInner({ ...ctx, bus: testBus }), onError: logApiError });
}

describe("secrets stay out of the logs", () => {
  const email = `reporter-${randomBytes(4).toString("hex")}@example.org`;

  it("sign-up, a wrong and the right password, sessions, a forged cookie, throttling", async () => {
    const output = await captured(async () => {
      const user = await (await callerFor(db, null)).auth.signUp({ name: "Reporter", email, password: secret.password });
      secrets.passwordHash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
      const browser = await openBrowser(handlers, randomIp());
      secrets.csrfToken = browser.csrfToken;
      expect(await postSignIn(handlers, browser, { email, password: secret.wrongPassword })).toMatch(/error=CredentialsSignin/);
      expect(await postSignIn(handlers, browser, { email, password: secret.password })).not.toMatch(/error=/);
      const token = browser.jar.get(SESSION_COOKIE)!;
      secrets.sessionToken = token;
      expect((await readSession(handlers, browser.jar))?.user?.id).toBe(user.id);
      // A forged or stale session cookie: Auth.js logs why it could not read it.
      const forged = new Map(browser.jar).set(SESSION_COOKIE, `${token.slice(0, -8)}${token.slice(-8).split("").reverse().join("")}`);
      expect(await readSession(handlers, forged)).toBeNull();
      // A form posted without its CSRF token (as a cross-site form would be) is refused and logged.
      expect(await postSignIn(handlers, browser, { email, password: secret.password, csrfToken: "" })).toMatch(/error=/);
      // Repeated wrong passwords lock the address, even for the right one.
      for (let i = 0; i < FREE_FAILURES; i++) await postSignIn(handlers, browser, { email, password: secret.wrongPassword });
      expect(await postSignIn(handlers, browser, { email, password: secret.password })).toMatch(/rate_limited/);
    });
    // The failures above were logged, so the logging paths did run.
    expect(output).toMatch(/\[auth\]/);
  }, 60_000);

  it("invitations: create, preview, accept, and a used link", async () => {
    await captured(async () => {
      const d = await createDeskWithClaim(db);
      const invitation = await (await callerFor(db, d.admin)).invitation.create({ workspaceId: d.ws, role: "REVIEWER" });
      secrets.invitationToken = invitation.token;
      await (await callerFor(db, null)).invitation.preview({ token: invitation.token });
      const newcomer = await createUser(db);
      await (await callerFor(db, newcomer)).invitation.accept({ token: invitation.token });
      await expect((await callerFor(db, null)).invitation.preview({ token: invitation.token })).rejects.toThrow(/already been used/);
      // The same through the API route, whose error log sees every refusal.
      const res = await callApi("invitation.accept", { token: invitation.token }, { userId: newcomer.id, db });
      expect(res.status).toBe(404);
    });
  });

  it("a database failing mid-request: not migrated, or down (sign-up, accepting an invitation, sign-in)", async () => {
    const unmigrated = await unmigratedDatabase();
    const down = unreachableDatabase(`postgresql://factdesk:${encodeURIComponent(secret.dbPassword)}@127.0.0.1:${await closedPort()}/factdesk`);
    const user = await createUser(db);
    const token = random("invitation");
    secrets.invitationToken2 = token;
    const output = await captured(async () => {
      for (const [state, broken] of [["not migrated", unmigrated.prisma], ["down", down]] as const) {
        const signUp = await callApi("auth.signUp", { name: "Reporter", email: `x-${email}`, password: secret.password }, { userId: null, db: broken });
        expect(signUp.status, state).toBeGreaterThanOrEqual(500);
        const accept = await callApi("invitation.accept", { token }, { userId: user.id, db: broken });
        expect(accept.status, state).toBeGreaterThanOrEqual(500);
        // Auth.js reads the process database: make that the broken one for a sign-in.
        setDatabaseForTests({ ...database, prisma: broken });
        try {
          expect(await postSignIn(handlers, await openBrowser(handlers, randomIp()), { email, password: secret.password }), state).toMatch(/error=/);
        } finally {
          setDatabaseForTests(database);
        }
      }
    });
    await Promise.all([unmigrated.close(), down.$disconnect()]);
    expect(output).toMatch(/\[trpc\] auth\.signUp/);
    expect(output).toMatch(/\[auth\] CallbackRouteError/);
  });

  it("a mail server refusing the SMTP password, and one that is down", async () => {
    const smtp = await refusingSmtpServer();
    const output = await captured(async () => {
      // Start from an empty outbox (on PostgreSQL other files leave notifications pending), then make one.
      await db.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
      const d = await createDeskWithClaim(db);
      await d.editorCaller.claim.assign({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version, assigneeId: d.reviewer.id });
      for (const port of [smtp.port, smtp.closedPort]) {
        const config = readMailConfig({ ...process.env, SMTP_URL: `smtp://mailer:${encodeURIComponent(secret.smtpPassword)}@127.0.0.1:${port}` })!;
        expect(await sendPendingNotificationEmails(db, nodemailer.createTransport(config.smtpUrl), config)).toMatchObject({ sent: 0, failed: 1 });
      }
    }).finally(() => smtp.close());
    // The password did reach the mail server, and both failures were logged.
    expect(smtp.passwordsTried).toContain(secret.smtpPassword);
    expect(output.match(/\[mail\] could not send/g)).toHaveLength(2);
  });

  it("the startup banner and the health check, with a DATABASE_URL holding a password", async () => {
    const output = await captured(async () => {
      await startServer();
      const url = `postgresql://factdesk:${encodeURIComponent(secret.dbPassword)}@127.0.0.1:${await closedPort()}/factdesk`;
      await withFailingStartup(url, database, async () => {
        await expect(startServer()).rejects.toThrow(/exit\(1\)/);
        expect((await checkHealth()).status).toBe("unavailable");
      });
    });
    expect(output).toMatch(/\[factdesk\] using the /);
    expect(output).toMatch(/Factdesk cannot open its database: Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/factdesk/);
    expect(output).toMatch(/\[health\] database unavailable/);
  });
});
