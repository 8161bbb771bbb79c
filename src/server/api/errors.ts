import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { AppError, type AppErrorCode, isAppError } from "@/lib/app-error";
import { isDatabaseUnavailable } from "@/server/db/errors";

/** The one place where domain errors become tRPC (and so HTTP) errors. */
const CODE_MAP: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  GONE: "NOT_FOUND",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/**
 * Each write is one transaction, so a request that failed because the database
 * went away changed nothing, unless the connection broke while its COMMIT was
 * on the way, which no server can tell apart (bench/faults/pg-restart.ts counts
 * such cases as "refused but saved anyway"; none seen so far).
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not reachable right now. Nothing was saved; try again in a moment.";

/**
 * Database outages become 503 with a message people can act on, instead of a
 * generic 500: clients and load balancers know to retry, and nobody files a bug.
 */
export function toTRPCError(error: unknown): unknown {
  if (isAppError(error)) {
    return new TRPCError({ code: CODE_MAP[error.code], message: error.message, cause: error });
  }
  if (isDatabaseUnavailable(error)) {
    reportOutage(error);
    return toTRPCError(new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { cause: error }));
  }
  return error;
}

// An outage refuses every request; one log line per interval says it is still going on, and how many were refused.
const REPORT_EVERY_MS = 10_000;
let lastReport = 0;
let refusedSinceReport = 0;

function reportOutage(error: unknown): void {
  refusedSinceReport++;
  const now = Date.now();
  if (now - lastReport < REPORT_EVERY_MS) return;
  const detail = (error as Error).message?.trim().split("\n").at(-1) ?? String(error);
  console.error(`[db] database unavailable, ${refusedSinceReport} request(s) answered 503 since the last report: ${detail}`);
  lastReport = now;
  refusedSinceReport = 0;
}
