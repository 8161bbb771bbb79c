/**
 * The one error type domain code throws. Feature modules know nothing about
 * tRPC or HTTP; `src/server/api/errors.ts` maps these codes to tRPC codes in
 * one place, and the UI reads `code`/`fieldErrors` back to show a precise message.
 */
export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "VALIDATION",
  "RATE_LIMITED",
  "GONE",
  "PRECONDITION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNAVAILABLE",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** Field name → human message, shown next to the field in forms. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, message: string, options?: { fieldErrors?: FieldErrors; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
  }

  static validation(fieldErrors: FieldErrors, message?: string): AppError {
    const first = Object.values(fieldErrors)[0];
    return new AppError("VALIDATION", message ?? first ?? "Please check the form.", { fieldErrors });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
