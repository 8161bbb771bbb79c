import type { RatingTone } from "@/features/verdicts/rating-scale";
import type { SummarySnapshot } from "./snapshot";

/**
 * How many claims a published summary checked, and with what results.
 *
 * "Verified" means the claim has an approved verdict (a rating), whatever that
 * rating is, "Unverifiable" included: the desk did the work and says so. Only a
 * claim with no approved verdict at all is "unverified" (the page shows it as
 * such, and it gets no ClaimReview).
 */
export type RatingCount = { label: string; tone: RatingTone; count: number };
export type ClaimCounts = { total: number; verified: number; byRating: RatingCount[]; unverified: number };

export function countClaims(snapshot: SummarySnapshot): ClaimCounts {
  // Keyed by rating id, not label: two ratings may share a label but not an id.
  const groups = new Map<string, RatingCount & { value: number | null; firstSeen: number }>();
  let unverified = 0;
  snapshot.claims.forEach((claim, index) => {
    const rating = claim.rating;
    if (!rating) {
      unverified++;
      return;
    }
    const group = groups.get(rating.id);
    if (group) group.count++;
    else groups.set(rating.id, { label: rating.label, tone: rating.tone, count: 1, value: rating.value, firstSeen: index });
  });
  // The snapshot keeps only the ratings in use, not the workspace's list, so
  // "scale order" is rebuilt from the values: truest first (as scales are listed),
  // off-scale ratings such as "Unverifiable" last, ties in order of appearance.
  const byRating = [...groups.values()]
    .sort((a, b) => orderValue(b.value) - orderValue(a.value) || a.firstSeen - b.firstSeen)
    .map(({ label, tone, count }) => ({ label, tone, count }));
  const total = snapshot.claims.length;
  return { total, verified: total - unverified, byRating, unverified };
}

/** "6 claims checked: 3 true, 1 mostly true, 1 false, 1 unverified"; "No claims checked yet" for none. */
export function countsSentence(snapshot: SummarySnapshot): string {
  const counts = countClaims(snapshot);
  if (counts.total === 0) return "No claims checked yet";
  const parts = counts.byRating.map((r) => `${r.count} ${r.label.toLowerCase()}`);
  if (counts.unverified > 0) parts.push(`${counts.unverified} unverified`);
  return `${counts.total} ${counts.total === 1 ? "claim" : "claims"} checked: ${parts.join(", ")}`;
}

function orderValue(value: number | null): number {
  return value ?? Number.NEGATIVE_INFINITY;
}
