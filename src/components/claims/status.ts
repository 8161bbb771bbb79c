import type { ClaimStatus } from "@/generated/prisma/enums";

/** Where a claim is in the desk's workflow, in the order a claim moves through it. */
export const STATUS_ORDER = ["OPEN", "IN_PROGRESS", "NEEDS_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED"] as const satisfies readonly ClaimStatus[];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  NEEDS_REVIEW: "Needs review",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (STATUS_ORDER as readonly string[]).includes(value);
}

/*
 * Status colours stay clear of the verdict palette (green/teal/amber/red/grey),
 * so a status is never mistaken for a verdict. Colour is never the only cue:
 * every pill and bar carries the status in words.
 */

/** Fill of one segment of the progress bar (and of its legend swatch). */
export const STATUS_BAR_CLASSES: Record<ClaimStatus, string> = {
  OPEN: "bg-zinc-400 dark:bg-zinc-500",
  IN_PROGRESS: "bg-sky-500 dark:bg-sky-400",
  NEEDS_REVIEW: "bg-violet-500 dark:bg-violet-400",
  APPROVED: "bg-indigo-600 dark:bg-indigo-400",
  PUBLISHED: "bg-blue-900 dark:bg-blue-200",
  DISMISSED: "bg-zinc-200 dark:bg-zinc-700",
};

/** Border, background and text of a status pill (contrast AA in both themes). */
export const STATUS_PILL_CLASSES: Record<ClaimStatus, string> = {
  OPEN: "border-zinc-300 bg-zinc-50 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200",
  IN_PROGRESS: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100",
  NEEDS_REVIEW: "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100",
  APPROVED: "border-indigo-300 bg-indigo-50 text-indigo-900 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-100",
  PUBLISHED: "border-blue-900 bg-blue-900 text-white dark:border-blue-200 dark:bg-blue-200 dark:text-blue-950",
  DISMISSED: "border-dashed border-zinc-300 bg-transparent text-zinc-600 dark:border-zinc-600 dark:text-zinc-400",
};
