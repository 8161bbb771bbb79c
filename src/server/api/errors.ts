import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { type AppErrorCode, isAppError } from "@/lib/app-error";

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

export function toTRPCError(error: unknown): unknown {
  if (isAppError(error)) {
    return new TRPCError({ code: CODE_MAP[error.code], message: error.message, cause: error });
  }
  return error;
}
