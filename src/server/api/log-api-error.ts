import type { TRPCError } from "@trpc/server";

/**
 * What the API route logs about a failed call: only server errors, with their
 * cause, since the client is told no more than "something went wrong".
 * Refusals (4xx) are the caller's business and stay out of the server log.
 */
export function logApiError({ error, path }: { error: TRPCError; path?: string }): void {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}:`, error.cause ?? error);
}
