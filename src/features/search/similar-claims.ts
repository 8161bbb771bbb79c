import type { ClaimStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";

/** At most this many similar claims: a hint beside the claim, not a second search page. */
export const SIMILAR_MAX = 5;

export type SimilarCheckedClaim = {
  id: string;
  articleId: string;
  article: { title: string };
  wording: string;
  status: ClaimStatus;
  verdict: { rating: string };
  /** pg_trgm word similarity of this claim's wording to that one's, 0–1. */
  similarity: number;
};

type SimilarRow = Omit<SimilarCheckedClaim, "article" | "verdict"> & { articleTitle: string; rating: string };

/**
 * Claims of the same workspace (this article or another) already checked, with
 * an approved or published verdict, whose wording is similar to this claim's:
 * so a desk does not check "46 killed in Kunduz mosque bombing" twice.
 *
 * Similar means pg_trgm word similarity: most of this claim's wording is found,
 * near enough, in the other's (`%>`, pg_trgm.word_similarity_threshold, 0.6 by
 * default); best first. Not the `%` operator: in PGlite (0.5.16) `%` answers
 * at random, with or without an index, while `%>` is exact in both databases.
 * The status condition matches the predicate of the partial index
 * Claim_checked_wording_idx (workspaceId, wording over checked claims), which
 * serves the whole WHERE: keep the two in step.
 */
export async function findSimilarCheckedClaims(db: Db, workspaceId: string, claimId: string): Promise<SimilarCheckedClaim[]> {
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { wording: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
  const rows = await db.$queryRaw<SimilarRow[]>`
    SELECT c.id, c."articleId", a.title AS "articleTitle", c.wording, c.status::text AS status, v.rating,
           word_similarity(${claim.wording}, c.wording)::float8 AS similarity
    FROM "Claim" c
    JOIN "Verdict" v ON v."claimId" = c.id
    JOIN "Article" a ON a.id = c."articleId"
    WHERE c."workspaceId" = ${workspaceId}
      AND c.id <> ${claimId}
      AND c.status IN ('APPROVED', 'PUBLISHED')
      AND c.wording %> ${claim.wording}
    ORDER BY similarity DESC, c."updatedAt" DESC, c.id
    LIMIT ${SIMILAR_MAX}`;
  return rows.map(({ articleTitle, rating, ...row }) => ({ ...row, article: { title: articleTitle }, verdict: { rating } }));
}
