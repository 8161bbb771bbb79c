import { findRating, parseRatingScale } from "@/features/verdicts/rating-scale";
import { AppError } from "@/lib/app-error";
import type { DbTx } from "@/server/db";
import type { PublishedClaim, PublishedCorrection, SummarySnapshot } from "./snapshot";

const PUBLISHABLE = new Set(["APPROVED", "PUBLISHED"]);

type Frame = {
  slug: string;
  version: number;
  publishedAt: Date;
  firstPublishedAt: Date;
  includeUnverified: boolean;
  /** The previous public version: a claim whose new verdict is not approved yet keeps its last approved public state. */
  previous: SummarySnapshot | null;
  corrections: PublishedCorrection[];
};

/**
 * Reads what may be public about an article and freezes it. Only approved
 * verdicts (and their evidence) are copied; comments, drafts, dismissed claims
 * and people's e-mail addresses are never read here at all.
 */
export async function buildSnapshot(tx: DbTx, workspaceId: string, articleId: string, frame: Frame): Promise<SummarySnapshot> {
  const article = await tx.article.findFirst({
    where: { id: articleId, workspaceId },
    select: {
      title: true, outlet: true, author: true, sourceUrl: true, publishedAt: true, language: true,
      workspace: { select: { name: true, orgName: true, orgUrl: true, orgLogoUrl: true, methodology: true, correctionsPolicy: true, ratingScale: true } },
      claims: {
        where: { status: { not: "DISMISSED" } },
        orderBy: { start: "asc" },
        select: {
          id: true, quotedText: true, wording: true, status: true,
          verdict: { select: { rating: true, rationale: true, approvedById: true, approvedAt: true } },
          evidence: { orderBy: { createdAt: "asc" }, select: { url: true, title: true, quote: true, stance: true, sourceType: true, archivedUrl: true } },
        },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  const scale = parseRatingScale(article.workspace.ratingScale);
  const previousClaims = new Map((frame.previous?.claims ?? []).map((c) => [c.anchor, c]));
  const claims: PublishedClaim[] = [];
  for (const c of article.claims) {
    const v = c.verdict;
    const approved = PUBLISHABLE.has(c.status) && v?.approvedById ? findRating(scale, v.rating) : undefined;
    if (approved && v) {
      claims.push({
        anchor: c.id, quotedText: c.quotedText, wording: c.wording, rating: approved, rationale: v.rationale,
        evidence: c.evidence, reviewedAt: (v.approvedAt ?? frame.publishedAt).toISOString(),
      });
    } else if (previousClaims.get(c.id)?.rating) {
      claims.push(previousClaims.get(c.id)!);
    } else if (frame.includeUnverified) {
      claims.push({ anchor: c.id, quotedText: c.quotedText, wording: c.wording, rating: null, rationale: "", evidence: [], reviewedAt: null });
    }
  }
  const ws = article.workspace;
  return {
    schemaVersion: 1,
    slug: frame.slug,
    version: frame.version,
    publishedAt: frame.publishedAt.toISOString(),
    firstPublishedAt: frame.firstPublishedAt.toISOString(),
    article: {
      title: article.title, outlet: article.outlet, author: article.author, url: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null, language: article.language,
    },
    organization: { name: ws.orgName || ws.name, url: ws.orgUrl, logoUrl: ws.orgLogoUrl },
    methodology: ws.methodology,
    correctionsPolicy: ws.correctionsPolicy,
    scale: { best: scale.best, worst: scale.worst },
    claims,
    corrections: frame.corrections,
  };
}

/** Claims whose public verdict changes in this version: each needs a correction note (open corrections). */
export function changedVerdicts(previous: SummarySnapshot | null, next: SummarySnapshot) {
  if (!previous) return [];
  const before = new Map(previous.claims.filter((c) => c.rating).map((c) => [c.anchor, c]));
  return next.claims
    .filter((c) => {
      const old = before.get(c.anchor);
      return old && c.rating && (old.rating!.id !== c.rating.id || old.rationale !== c.rationale);
    })
    .map((c) => ({ anchor: c.anchor, wording: c.wording, before: before.get(c.anchor)!, after: c }));
}
