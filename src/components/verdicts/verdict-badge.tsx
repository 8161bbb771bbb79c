import { DEFAULT_RATING_SCALE, findRating, type Rating } from "@/features/verdicts/rating-scale";

type Tone = Rating["tone"];
type BadgeRating = Pick<Rating, "id" | "label" | "tone">;

/**
 * The rating behind a stored verdict key. Until the workspace's own scale is
 * exposed, keys are read against the default scale; an unknown key still shows
 * as decided (grey, its key as text) rather than as "Unverified".
 */
export function ratingOf(id: string | null | undefined): BadgeRating | null {
  if (!id) return null;
  return findRating(DEFAULT_RATING_SCALE, id) ?? { id, label: id.replace(/[-_]+/g, " "), tone: "grey" };
}

/** Colour, icon and words together: a verdict must read the same in greyscale and to a screen reader. */
const TONES: Record<Tone, { icon: string; className: string }> = {
  green: { icon: "✓", className: "border-green-700 bg-green-50 text-green-900 dark:border-green-500 dark:bg-green-950 dark:text-green-100" },
  teal: { icon: "≈", className: "border-teal-700 bg-teal-50 text-teal-900 dark:border-teal-500 dark:bg-teal-950 dark:text-teal-100" },
  amber: { icon: "!", className: "border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100" },
  red: { icon: "✗", className: "border-red-700 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950 dark:text-red-100" },
  grey: { icon: "?", className: "border-zinc-500 bg-zinc-100 text-zinc-900 dark:border-zinc-400 dark:bg-zinc-800 dark:text-zinc-100" },
};

const UNVERIFIED = "border-dashed border-zinc-400 bg-transparent text-zinc-700 dark:border-zinc-500 dark:text-zinc-300";

/** The same badge everywhere a verdict shows; null means not decided yet ("Unverified", outline only). */
export function VerdictBadge({ rating, className = "" }: { rating: BadgeRating | null; className?: string }) {
  const tone = rating ? (TONES[rating.tone] ?? TONES.grey) : null;
  return (
    <span
      data-testid="verdict-badge"
      data-rating={rating?.id ?? "unverified"}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${tone ? tone.className : UNVERIFIED} ${className}`}
    >
      <span aria-hidden="true" className="font-bold">
        {tone ? tone.icon : "–"}
      </span>
      <span dir="auto">{rating ? rating.label : "Unverified"}</span>
    </span>
  );
}
