import type { Db } from "@/server/db";
import { afterFailure, isLocked } from "./throttle-policy";

/** Keys: one per e-mail address and one per client address; both must be free. */
export function throttleKeys(email: string, ip: string | null): string[] {
  return ip ? [`email:${email}`, `ip:${ip}`] : [`email:${email}`];
}

// An address may carry many users (an office NAT): give it more room than one e-mail.
const FREE_FAILURES_BY_KIND = { email: 5, ip: 30 } as const;
function freeFailuresFor(key: string): number {
  return key.startsWith("ip:") ? FREE_FAILURES_BY_KIND.ip : FREE_FAILURES_BY_KIND.email;
}

export async function findActiveLock(db: Db, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  const locks = rows.map((row) => isLocked(row, now)).filter((d): d is Date => d !== null);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    await db.$transaction(async (tx) => {
      const current = await tx.signInThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, now, freeFailuresFor(key));
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    });
  }
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email}` } });
}
