import { TRPCClientError } from "@trpc/client";

/** Field messages from a failed mutation (zod or AppError), for showing next to each field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (error instanceof TRPCClientError) {
    const fields = (error.data as { fieldErrors?: Record<string, string> | null } | undefined)?.fieldErrors;
    if (fields) return fields;
  }
  return {};
}

export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  if (error instanceof Error && error.message) return "Something went wrong. Check your connection and try again.";
  return "Something went wrong.";
}
