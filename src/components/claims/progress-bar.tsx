import type { ClaimStatus } from "@/generated/prisma/enums";
import { STATUS_BAR_CLASSES, STATUS_LABELS, STATUS_ORDER } from "./status";

type Counts = Partial<Record<ClaimStatus, number>>;

/** "3 open, 2 in progress, 1 approved": the bar in words, in workflow order, zero counts left out. */
export function describeCounts(counts: Counts): string {
  return STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${STATUS_LABELS[s].toLowerCase()}`)
    .join(", ");
}

/**
 * Claims of one article by status, as a stacked bar. The bar is an image whose
 * label is the same sentence as the visible legend, so a screen reader hears it
 * once and sighted readers never have to decode colours.
 */
export function ProgressBar({ counts, className = "" }: { counts: Counts; className?: string }) {
  const present = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0);
  if (present.length === 0) {
    return <p className={`text-sm text-zinc-500 dark:text-zinc-400 ${className}`}>No claims yet</p>;
  }
  const label = describeCounts(counts);
  return (
    <div className={`space-y-1 ${className}`} data-testid="claim-progress">
      <div role="img" aria-label={label} className="flex h-2 w-full overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
        {present.map((s) => (
          <div key={s} className={`min-w-1 ${STATUS_BAR_CLASSES[s]}`} style={{ flexGrow: counts[s] }} />
        ))}
      </div>
      <p aria-hidden="true" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {present.map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span className={`inline-block size-2 rounded-full ${STATUS_BAR_CLASSES[s]}`} />
            {counts[s]} {STATUS_LABELS[s].toLowerCase()}
          </span>
        ))}
      </p>
    </div>
  );
}
