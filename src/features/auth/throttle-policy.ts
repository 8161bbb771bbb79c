/**
 * Sign-in throttling policy (pure). Each key (an e-mail address, or a client
 * address) may fail FREE_FAILURES times within WINDOW_MS; after that it is
 * locked, for a time that doubles with every further failure up to MAX_LOCK_MS.
 * A success clears the key.
 */
export const FREE_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const BASE_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | null, now: Date): Date | null {
  if (!state?.lockedUntil) return null;
  return state.lockedUntil > now ? state.lockedUntil : null;
}

export function afterFailure(state: ThrottleState | null, now: Date, freeFailures = FREE_FAILURES): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStart.getTime() > WINDOW_MS;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  if (failures < freeFailures) return { failures, windowStart, lockedUntil: null };
  const lockMs = Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - freeFailures));
  return { failures, windowStart, lockedUntil: new Date(now.getTime() + lockMs) };
}

export function describeWait(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
