import type { TRPCError } from "@trpc/server";

/** Seconds a client should wait before retrying after a 503: PostgreSQL restarts in about that (bench/faults/pg-restart.ts). */
export const RETRY_AFTER_SECONDS = 2;

/**
 * HTTP headers for a tRPC answer. A 503 (the database is unreachable) says when
 * to retry, so well-behaved clients and load balancers back off instead of
 * hammering a database that is coming back.
 */
export function responseHeadersFor(errors: readonly Pick<TRPCError, "code">[]): Headers | undefined {
  if (!errors.some((e) => e.code === "SERVICE_UNAVAILABLE")) return undefined;
  return new Headers({ "retry-after": String(RETRY_AFTER_SECONDS) });
}
