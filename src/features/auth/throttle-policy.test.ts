import { describe, expect, it } from "vitest";
import { afterFailure, BASE_LOCK_MS, describeWait, FREE_FAILURES, isLocked, MAX_LOCK_MS, type ThrottleState, WINDOW_MS } from "./throttle-policy";

const t0 = new Date("2026-01-01T00:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number, now = t0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = afterFailure(state, now);
  return state;
}

describe("sign-in throttle policy", () => {
  it("allows the first failures without a lock", () => {
    const state = failTimes(FREE_FAILURES - 1);
    expect(state?.lockedUntil).toBeNull();
    expect(isLocked(state, t0)).toBeNull();
  });
  it("locks at the limit, and the lock doubles up to the maximum", () => {
    expect(failTimes(FREE_FAILURES)?.lockedUntil).toEqual(at(BASE_LOCK_MS));
    expect(failTimes(FREE_FAILURES + 1)?.lockedUntil).toEqual(at(2 * BASE_LOCK_MS));
    expect(failTimes(FREE_FAILURES + 30)?.lockedUntil).toEqual(at(MAX_LOCK_MS));
  });
  it("is unlocked again once the lock has passed", () => {
    const state = failTimes(FREE_FAILURES);
    expect(isLocked(state, at(BASE_LOCK_MS - 1))).not.toBeNull();
    expect(isLocked(state, at(BASE_LOCK_MS))).toBeNull();
  });
  it("starts counting afresh after the window", () => {
    const state = failTimes(FREE_FAILURES - 1);
    const later = afterFailure(state, at(WINDOW_MS + 1));
    expect(later.failures).toBe(1);
    expect(later.lockedUntil).toBeNull();
  });
  it("describes the wait in words", () => {
    expect(describeWait(at(30_000), t0)).toBe("30 seconds");
    expect(describeWait(at(10 * 60_000), t0)).toBe("10 minutes");
  });
});
