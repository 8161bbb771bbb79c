import type { ClaimStatus } from "@/generated/prisma/enums";
import { STATUS_LABELS, STATUS_PILL_CLASSES } from "./status";

export function StatusPill({ status, className = "" }: { status: ClaimStatus; className?: string }) {
  return (
    <span
      data-testid="status-pill"
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_PILL_CLASSES[status]} ${className}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
