import { AppError, type AppErrorCode } from "@/lib/app-error";
import type { RefusalReason } from "./refusals";

const CODE: Record<RefusalReason, AppErrorCode> = {
  read_only: "FORBIDDEN",
  needs_editor: "FORBIDDEN",
  not_assignee: "FORBIDDEN",
  own_verdict: "FORBIDDEN",
  wrong_status: "PRECONDITION_FAILED",
  no_verdict: "PRECONDITION_FAILED",
  taken_by_other: "CONFLICT",
  already_assignee: "CONFLICT",
  assignee_required: "VALIDATION",
  assignee_role_too_low: "VALIDATION",
  reason_required: "VALIDATION",
};

// Refusals about a form field are shown next to that field.
const FIELD: Partial<Record<RefusalReason, string>> = {
  assignee_required: "assigneeId",
  assignee_role_too_low: "assigneeId",
  reason_required: "reason",
};

/** Turns a lifecycle refusal into the error the caller sees; `holderName` makes "taken" name the person. */
export function refusalError(reason: RefusalReason, message: string, holderName?: string | null): AppError {
  const text = reason === "taken_by_other" && holderName ? `Already taken by ${holderName}.` : message;
  const field = FIELD[reason];
  return new AppError(CODE[reason], text, field ? { fieldErrors: { [field]: text } } : undefined);
}
