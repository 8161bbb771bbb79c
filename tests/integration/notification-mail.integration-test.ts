import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { sendPendingNotificationEmails } from "@/server/mail/notification-mailer";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim } from "../helpers/factories";

const db = (await openTestDatabase()).prisma;

type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
let failNext = false;

// A real SMTP server on a free local port, so the test sees exactly what a mail server would receive.
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onRcptTo(address, _session, callback) {
    if (failNext) return callback(new Error("mailbox unavailable"));
    callback();
  },
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.server.address() as AddressInfo).port;
const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The Subject header as a mail client shows it (unfolded, RFC 2047 encoded words decoded). */
function subjectOf(raw: string): string {
  const header = raw.split("\r\n\r\n")[0]!.replace(/\r\n[ \t]+/g, " ");
  const line = header.split("\r\n").find((l) => l.startsWith("Subject: "))!.slice(9);
  return line.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  );
}

/** The text body as a mail client shows it (quoted-printable decoded). */
function bodyOf(raw: string): string {
  const [header, ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  if (!/quoted-printable/i.test(header!)) return body;
  const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/**
 * On PostgreSQL the test database is shared by every test file, and others
 * (the fuzzer above all) leave thousands of notifications pending: start each
 * case from an empty outbox, as a server that has sent everything would.
 */
async function emptyOutbox() {
  await db.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
}

const config = { from: "Factdesk <desk@example.org>", appUrl: "https://factdesk.example" };

describe("notification e-mails (when SMTP is configured)", () => {
  it("sends each new notification once, to the recipient, with a link to the claim", async () => {
    await emptyOutbox();
    const d = await createDeskWithClaim(db);
    await d.editorCaller.claim.assign({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version, assigneeId: d.reviewer.id });
    // Drain until this desk's notification went out (other test files' rows may be pending too).
    for (let i = 0; i < 10 && !inbox.some((m) => m.to.includes(d.reviewer.email)); i++) await sendPendingNotificationEmails(db, transport, config);
    const mail = inbox.find((m) => m.to.includes(d.reviewer.email))!;
    expect(mail.from).toBe("desk@example.org");
    expect(subjectOf(mail.raw)).toBe(`[${d.workspace.name}] ${d.editor.name} assigned you “${d.claim.wording}”`);
    expect(bodyOf(mail.raw)).toContain(`https://factdesk.example/w/${d.workspace.slug}/articles/${d.article.id}?claim=${d.claim.id}`);
    const before = inbox.length;
    await sendPendingNotificationEmails(db, transport, config);
    expect(inbox.filter((m) => m.to.includes(d.reviewer.email))).toHaveLength(1);
    expect(inbox.length).toBe(before);
    expect((await db.notification.findFirstOrThrow({ where: { userId: d.reviewer.id } })).emailedAt).not.toBeNull();
  });

  it("a notification whose e-mail fails is kept for the next round, not lost", async () => {
    await emptyOutbox();
    const d = await createDeskWithClaim(db);
    await (await callerFor(db, d.editor)).claim.assign({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version, assigneeId: d.reviewer.id });
    failNext = true;
    const first = await sendPendingNotificationEmails(db, transport, config);
    failNext = false;
    expect(first.failed).toBe(1);
    expect((await db.notification.findFirstOrThrow({ where: { userId: d.reviewer.id } })).emailedAt).toBeNull();
    const second = await sendPendingNotificationEmails(db, transport, config);
    expect(second.sent).toBe(1);
    expect(inbox.some((m) => m.to.includes(d.reviewer.email))).toBe(true);
  });
});
