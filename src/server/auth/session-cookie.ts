import { decode } from "next-auth/jwt";

/** Auth.js's session cookie names: the __Secure- one over https, the plain one over http. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type Decoded = { userId: string | null; expiresAt: number };
const MAX_ENTRIES = 10_000;
const decoded = new Map<string, Decoded>();

/**
 * The signed-in user's id from the session cookie, for the API's per-request
 * context. Decoding an Auth.js token derives a key (HKDF) and decrypts it,
 * about 1.4 ms of CPU per request in a profile of the board read, and
 * `auth()` also re-encrypts a refreshed token that an API answer never sends.
 * The same token string always decodes to the same user until it expires, so
 * this server remembers the result until then. Returns undefined when it
 * cannot decide (no secret configured, a chunked cookie): ask `auth()`.
 */
export async function userIdFromSessionCookie(read: (name: string) => string | undefined): Promise<string | null | undefined> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return undefined;
  const name = SESSION_COOKIES.find((n) => read(n) !== undefined);
  if (!name) {
    // A long token is split into numbered cookies (…session-token.0, .1): Auth.js reassembles those.
    const chunked = SESSION_COOKIES.some((n) => read(`${n}.0`) !== undefined);
    return chunked ? undefined : null;
  }
  const token = read(name)!;
  const key = `${name}\u0000${token}`;
  const hit = decoded.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.userId;
  let payload: { sub?: unknown; exp?: unknown } | null = null;
  try {
    // Checks the encryption and the expiry; null or a throw means signed out.
    payload = await decode({ token, secret, salt: name });
  } catch {
    payload = null;
  }
  const userId = typeof payload?.sub === "string" ? payload.sub : null;
  // Valid: remembered until it expires. Invalid (tampered, another secret): stays invalid, remembered a minute.
  const expiresAt = userId ? (typeof payload?.exp === "number" ? payload.exp * 1000 : 0) : Date.now() + 60_000;
  if (expiresAt > Date.now()) {
    if (decoded.size >= MAX_ENTRIES) decoded.clear();
    decoded.set(key, { userId, expiresAt });
  }
  return userId;
}
