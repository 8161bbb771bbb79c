import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { getDummyHash, verifyPassword } from "./password";
import { ZSignInSchema } from "./schemas";
import { clearFailures, findActiveLock, recordFailure, throttleKeys } from "./throttle";
import { describeWait } from "./throttle-policy";

export type AuthorizedUser = { id: string; email: string; name: string };

/**
 * Checks an e-mail and password. Returns the user, null for wrong credentials
 * (the caller says "wrong e-mail or password" without saying which), or throws
 * RATE_LIMITED while the address or client is locked after repeated failures.
 */
export async function authorizeCredentials(db: Db, raw: unknown, ip: string | null): Promise<AuthorizedUser | null> {
  const parsed = ZSignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, ip);
  const now = new Date();
  const lockedUntil = await findActiveLock(db, keys, now);
  if (lockedUntil) {
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${describeWait(lockedUntil, now)}.`);
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user?.passwordHash || !ok) {
    await recordFailure(db, keys, now);
    return null;
  }
  await clearFailures(db, email);
  return { id: user.id, email: user.email, name: user.name };
}
