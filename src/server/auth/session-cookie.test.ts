import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userIdFromSessionCookie } from "./session-cookie";

const SECRET = "unit-test-secret-unit-test-secret";
const NAME = "authjs.session-token";
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
const tokenFor = (sub: string, options: { secret?: string; maxAge?: number; salt?: string } = {}) =>
  encode({ token: { sub }, secret: options.secret ?? SECRET, salt: options.salt ?? NAME, maxAge: options.maxAge ?? 3600 });

describe("userIdFromSessionCookie", () => {
  beforeEach(() => vi.stubEnv("AUTH_SECRET", SECRET));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it("reads the user from a valid session cookie, plain or __Secure-", async () => {
    expect(await userIdFromSessionCookie(jar({ [NAME]: await tokenFor("user-1") }))).toBe("user-1");
    const secureName = "__Secure-authjs.session-token";
    expect(await userIdFromSessionCookie(jar({ [secureName]: await tokenFor("user-2", { salt: secureName }) }))).toBe("user-2");
  });

  it("treats no cookie, a tampered token and a token made with another secret as signed out", async () => {
    expect(await userIdFromSessionCookie(jar({}))).toBeNull();
    const token = await tokenFor("user-3");
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await userIdFromSessionCookie(jar({ [NAME]: tampered }))).toBeNull();
    expect(await userIdFromSessionCookie(jar({ [NAME]: await tokenFor("user-4", { secret: "another-secret-another-secret-xx" }) }))).toBeNull();
    // A token made for the other cookie name (salt) does not decrypt here either.
    expect(await userIdFromSessionCookie(jar({ [NAME]: await tokenFor("user-5", { salt: "__Secure-authjs.session-token" }) }))).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    const token = await tokenFor("user-6", { maxAge: 60 });
    expect(await userIdFromSessionCookie(jar({ [NAME]: token }))).toBe("user-6");
    vi.useFakeTimers({ now: Date.now() + 5 * 60_000, toFake: ["Date"] });
    expect(await userIdFromSessionCookie(jar({ [NAME]: token }))).toBeNull();
  });

  it("leaves the decision to Auth.js when it cannot make it: no secret here, or a chunked cookie", async () => {
    expect(await userIdFromSessionCookie(jar({ [`${NAME}.0`]: "part" }))).toBeUndefined();
    vi.stubEnv("AUTH_SECRET", "");
    expect(await userIdFromSessionCookie(jar({ [NAME]: await tokenFor("user-7") }))).toBeUndefined();
  });
});
