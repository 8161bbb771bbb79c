import { httpUrl } from "./html";
import type { PublishedClaim, SummarySnapshot } from "./snapshot";

/**
 * schema.org ClaimReview JSON-LD for a published summary: one object per claim
 * with an approved verdict, following Google's fact-check guidance (required:
 * url, claimReviewed, reviewRating with alternateName; recommended: author,
 * datePublished, itemReviewed with the claim's author, date and appearances).
 * Unverified claims get none: a ClaimReview without a verdict would tell search
 * engines the desk reached a conclusion it has not.
 */

/** Google's guidance: claimReviewed under 75 characters. */
export const CLAIM_REVIEWED_MAX_CHARS = 75;

type Organization = { "@type": "Organization"; name: string; url?: string; logo?: { "@type": "ImageObject"; url: string } };
type Person = { "@type": "Person"; name: string };
type CreativeWork = { "@type": "CreativeWork"; url: string };

export type ClaimReviewJsonLd = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  author: Organization;
  datePublished?: string;
  itemReviewed: {
    "@type": "Claim";
    author?: Organization | Person;
    datePublished?: string;
    appearance?: CreativeWork[];
    firstAppearance?: CreativeWork;
  };
  reviewRating: { "@type": "Rating"; ratingValue?: number; bestRating?: number; worstRating?: number; alternateName: string };
};

export function buildClaimReviews(snapshot: SummarySnapshot, options: { summaryUrl: string }): ClaimReviewJsonLd[] {
  return snapshot.claims.flatMap((claim) => {
    const rating = claim.rating;
    if (!rating) return [];
    const datePublished = reviewDate(claim, snapshot);
    const review: ClaimReviewJsonLd = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${options.summaryUrl}#claim-${encodeURIComponent(claim.anchor)}`,
      claimReviewed: shortenClaim(claim.wording.trim() || claim.quotedText),
      // Built afresh for each review, so no two share (and a caller cannot alter) one object.
      author: reviewAuthor(snapshot.organization),
      ...(datePublished ? { datePublished } : {}),
      itemReviewed: claimSource(snapshot.article),
      reviewRating: {
        "@type": "Rating",
        // A value off the scale's range (null for "Unverifiable", or a snapshot
        // whose scale disagrees) would be invalid; the label alone still says it.
        ...(rating.value !== null && rating.value >= snapshot.scale.worst && rating.value <= snapshot.scale.best
          ? { ratingValue: rating.value, bestRating: snapshot.scale.best, worstRating: snapshot.scale.worst }
          : {}),
        alternateName: rating.label,
      },
    };
    return [review];
  });
}

/**
 * JSON for a `<script type="application/ld+json">` element. The browser ends
 * the script at the first `</script` whatever the JSON says, so `<`, `>` and `&`
 * inside strings become \u escapes (same JSON, no markup); U+2028/U+2029 too,
 * as older JavaScript parsers took them for line ends.
 */
export function jsonLdScript(objects: readonly object[]): string {
  return JSON.stringify(objects).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whitespace collapsed; past the limit cut at a word boundary (or mid-word when one word fills it) with "…". */
export function shortenClaim(text: string, max: number = CLAIM_REVIEWED_MAX_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim()); // code points: never split an emoji or a surrogate pair
  if (chars.length <= max) return chars.join("");
  const room = chars.slice(0, max - 1); // one left for the ellipsis
  // The character just past the room counts: a space there means the room ends on a whole word.
  const lastSpace = chars.slice(0, max).lastIndexOf(" ");
  // A boundary that keeps less than half the room would throw away too much of the claim.
  const cut = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.join("").replace(/[\s,;:–—-]+$/u, "")}…`;
}

/** "YYYY-MM-DD" (UTC) of an ISO date or date-time, or null when it is not a date. */
export function isoDatePart(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * When this review became public. Verdicts are usually approved before the first
 * publication, and a fact check cannot have been published before its page was,
 * so the later of the approval and the first publication.
 */
function reviewDate(claim: PublishedClaim, snapshot: SummarySnapshot): string | null {
  const times = [claim.reviewedAt, snapshot.firstPublishedAt].map((d) => (d ? Date.parse(d) : NaN)).filter((t) => !Number.isNaN(t));
  return times.length ? isoDatePart(new Date(Math.max(...times)).toISOString()) : null;
}

function reviewAuthor(org: SummarySnapshot["organization"]): Organization {
  const url = httpUrl(org.url);
  const logo = httpUrl(org.logoUrl);
  return {
    "@type": "Organization",
    name: org.name,
    ...(url ? { url } : {}),
    ...(logo ? { logo: { "@type": "ImageObject" as const, url: logo } } : {}),
  };
}

/** The claim as the article made it: who (the outlet, else the byline), when, where. */
function claimSource(article: SummarySnapshot["article"]): ClaimReviewJsonLd["itemReviewed"] {
  const outlet = article.outlet?.trim();
  const byline = article.author?.trim();
  const author: Organization | Person | null = outlet
    ? { "@type": "Organization", name: outlet }
    : byline
      ? { "@type": "Person", name: byline }
      : null;
  const datePublished = isoDatePart(article.publishedAt);
  const url = httpUrl(article.url);
  return {
    "@type": "Claim",
    ...(author ? { author } : {}),
    ...(datePublished ? { datePublished } : {}),
    ...(url ? { appearance: [{ "@type": "CreativeWork" as const, url }], firstAppearance: { "@type": "CreativeWork" as const, url } } : {}),
  };
}
