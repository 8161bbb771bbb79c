import type { Rating } from "@/features/verdicts/rating-scale";

/**
 * Exactly what the public sees of one published version, frozen at publish
 * time (stored as JSON in PublicationVersion.snapshot). Everything public — the
 * page, the JSON-LD, the exports, the feed, the embed — is rendered from this
 * and only this, so a draft (an unapproved verdict, a comment, a dismissed
 * claim, a reviewer's e-mail) can never reach the public: it is never copied in.
 */
export type PublishedEvidence = {
  url: string;
  title: string;
  quote: string;
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
  sourceType: "OFFICIAL_DOCUMENT" | "OFFICIAL_STATEMENT" | "NEWS_REPORT" | "EXPERT" | "DATASET" | "SOCIAL_MEDIA" | "OTHER";
  archivedUrl: string | null;
};

export type PublishedClaim = {
  /** Stable anchor on the page (`#claim-<anchor>`): the claim id. */
  anchor: string;
  /** The sentence as the article has it. */
  quotedText: string;
  /** The short wording the desk checked. */
  wording: string;
  /** Null: no approved verdict, shown as "Unverified". */
  rating: Rating | null;
  /** The approved rationale; empty when unverified. */
  rationale: string;
  /** Only for claims with an approved verdict. */
  evidence: PublishedEvidence[];
  /** When its verdict was approved (ISO), null when unverified. */
  reviewedAt: string | null;
};

export type PublishedCorrection = {
  /** ISO date-time. */
  date: string;
  /** The version that carried it. */
  version: number;
  /** Anchor of the claim it concerns, if any. */
  anchor: string | null;
  wording: string | null;
  note: string;
  /** Rating labels before and after, when the rating changed. */
  before: string | null;
  after: string | null;
};

export type SummarySnapshot = {
  schemaVersion: 1;
  slug: string;
  version: number;
  /** ISO: when this version was published. */
  publishedAt: string;
  /** ISO: when the first version was published ("checked on"). */
  firstPublishedAt: string;
  article: {
    title: string;
    outlet: string | null;
    author: string | null;
    url: string | null;
    /** ISO date of the article itself, if known. */
    publishedAt: string | null;
    language: string;
  };
  organization: { name: string; url: string | null; logoUrl: string | null };
  methodology: string;
  correctionsPolicy: string;
  /** The scale's numeric range, for ClaimReview bestRating/worstRating. */
  scale: { best: number; worst: number };
  claims: PublishedClaim[];
  corrections: PublishedCorrection[];
};
