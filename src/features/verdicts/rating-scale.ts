import { z } from "zod";

/**
 * The ratings a workspace gives claims. Higher values are truer; a rating with
 * value null ("Unverifiable") takes no position on the truth scale, so the
 * ClaimReview export carries only its label (alternateName) for it.
 * A workspace may store its own scale as JSON; null means the default below.
 */

export const RATING_TONES = ["green", "teal", "amber", "red", "grey"] as const;
export type RatingTone = (typeof RATING_TONES)[number];
export type Rating = { id: string; label: string; value: number | null; tone: RatingTone };
export type RatingScale = { ratings: Rating[]; best: number; worst: number };

export const ZRatingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "Rating ids are 1–40 lower-case letters, digits or hyphens."),
  label: z.string().trim().min(1, "Give the rating a label.").max(40, "Keep rating labels under 40 characters."),
  value: z.number().int().min(-10).max(100).nullable(),
  tone: z.enum(RATING_TONES),
});

const ZRatingListSchema = z
  .array(ZRatingSchema)
  .min(2, "A scale needs at least two ratings.")
  .max(12, "A scale has at most 12 ratings.")
  .refine((ratings) => new Set(ratings.map((r) => r.id)).size === ratings.length, "Each rating needs its own id.")
  .refine((ratings) => new Set(numericValues(ratings)).size >= 2, "At least two ratings need different values, or nothing is truer than anything else.");

/** What a workspace stores: the list of ratings (best and worst are derived, never stored). */
export const ZRatingScaleSchema = z.union([ZRatingListSchema, z.object({ ratings: ZRatingListSchema }).transform((s) => s.ratings)]);

export const DEFAULT_RATING_SCALE: RatingScale = freezeScale(
  withBounds([
    { id: "true", label: "True", value: 5, tone: "green" },
    { id: "mostly-true", label: "Mostly true", value: 4, tone: "teal" },
    { id: "misleading", label: "Misleading", value: 2, tone: "amber" },
    { id: "false", label: "False", value: 1, tone: "red" },
    { id: "unverifiable", label: "Unverifiable", value: null, tone: "grey" },
  ]),
);

/**
 * The workspace's scale, or the default when none is stored or the stored one
 * is invalid. Never throws: the scale is read on every page, and a bad setting
 * must not take the workspace down (the settings form validates on save).
 */
export function parseRatingScale(json: unknown): RatingScale {
  if (json === null || json === undefined) return DEFAULT_RATING_SCALE;
  try {
    const parsed = ZRatingScaleSchema.safeParse(json);
    return parsed.success ? withBounds(parsed.data) : DEFAULT_RATING_SCALE;
  } catch {
    return DEFAULT_RATING_SCALE;
  }
}

export function findRating(scale: RatingScale, id: string): Rating | undefined {
  return scale.ratings.find((r) => r.id === id);
}

/** The ids as a non-empty tuple, ready for z.enum(). */
export function ratingIds(scale: RatingScale): [string, ...string[]] {
  const [first, ...rest] = scale.ratings.map((r) => r.id);
  if (first === undefined) throw new Error("A rating scale has at least two ratings; this one has none.");
  return [first, ...rest];
}

export const CONFIDENCE_LEVELS = [
  { value: 25, label: "Low" },
  { value: 50, label: "Medium" },
  { value: 85, label: "High" },
] as const;

/** The nearest level's label; halfway between two levels reads as the lower one (claiming less certainty is the safe side). */
export function confidenceLabel(value: number): string {
  // Confidence is 0–100; clamping also gives ±Infinity a sensible answer. NaN reads as "Low".
  const v = Number.isNaN(value) ? 0 : Math.min(100, Math.max(0, value));
  let nearest: (typeof CONFIDENCE_LEVELS)[number] = CONFIDENCE_LEVELS[0];
  for (const level of CONFIDENCE_LEVELS) {
    if (Math.abs(level.value - v) < Math.abs(nearest.value - v)) nearest = level;
  }
  return nearest.label;
}

function numericValues(ratings: readonly { value: number | null }[]): number[] {
  return ratings.flatMap((r) => (r.value === null ? [] : [r.value]));
}

function withBounds(ratings: Rating[]): RatingScale {
  const values = numericValues(ratings);
  return { ratings, best: Math.max(...values), worst: Math.min(...values) };
}

/** The default is shared by every caller, so nobody may change it in place. */
function freezeScale(scale: RatingScale): RatingScale {
  scale.ratings.forEach((r) => Object.freeze(r));
  Object.freeze(scale.ratings);
  return Object.freeze(scale);
}
