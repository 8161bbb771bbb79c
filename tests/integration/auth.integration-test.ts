import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/features/auth/authorize-credentials";
import { verifyPassword } from "@/features/auth/password";
import { FREE_FAILURES } from "@/features/auth/throttle-policy";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createUser, TEST_PASSWORD } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

describe("sign-up", () => {
  it("creates a user with a normalised e-mail and an argon2id hash", async () => {
    const caller = await callerFor(db, null);
    const user = await caller.auth.signUp({ name: "Zarghona Safi", email: "  Zarghona.Safi@Example.ORG ", password: "a long enough password" });
    expect(user.email).toBe("zarghona.safi@example.org");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, "a long enough password")).toBe(true);
  });

  it.each([
    [{ name: "A", email: "no-at-sign", password: "long enough password" }, "email", /valid e-mail/],
    [{ name: "A", email: "a@example.org", password: "short" }, "password", /at least 10/],
    [{ name: " ", email: "b@example.org", password: "long enough password" }, "name", /your name/],
  ])("refuses bad input with a field error: %o", async (input, field, message) => {
    const error = await expectTRPCError((await callerFor(db, null)).auth.signUp(input), "BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(error.cause).toBeDefined();
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    void field;
  });

  it("refuses a taken e-mail, whatever its case", async () => {
    const existing = await createUser(db);
    const error = await expectTRPCError(
      (await callerFor(db, null)).auth.signUp({ name: "Copy", email: existing.email.toUpperCase(), password: "long enough password" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });
});

describe("sign-in with e-mail and password", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const user = await createUser(db);
    expect(await authorizeCredentials(db, { email: user.email, password: TEST_PASSWORD }, "198.51.100.1")).toMatchObject({ id: user.id });
    expect(await authorizeCredentials(db, { email: user.email, password: "wrong password" }, "198.51.100.1")).toBeNull();
    expect(await authorizeCredentials(db, { email: "nobody@example.org", password: TEST_PASSWORD }, "198.51.100.1")).toBeNull();
  });

  it("locks an address after repeated failures, even for the right password, and says how long", async () => {
    const user = await createUser(db);
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await authorizeCredentials(db, { email: user.email, password: `guess ${i}` }, `192.0.2.${i}`)).toBeNull();
    }
    await expect(authorizeCredentials(db, { email: user.email, password: TEST_PASSWORD }, "192.0.2.99")).rejects.toThrow(
      /Too many failed sign-ins\. Try again in \d+ seconds/,
    );
    // Other people are not affected.
    const other = await createUser(db);
    expect(await authorizeCredentials(db, { email: other.email, password: TEST_PASSWORD }, "192.0.2.100")).toMatchObject({ id: other.id });
  });

  it("a success before the limit clears the count", async () => {
    const user = await createUser(db);
    for (let i = 0; i < FREE_FAILURES - 1; i++) await authorizeCredentials(db, { email: user.email, password: "nope" }, null);
    expect(await authorizeCredentials(db, { email: user.email, password: TEST_PASSWORD }, null)).not.toBeNull();
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${user.email}` } })).toBeNull();
  });
});
