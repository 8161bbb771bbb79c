import { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { parseSearchQuery, type SearchQuery } from "./search-query";
import type { TSearchClaims } from "./schemas";

/** One search hit: what the claims table shows, and how it matched. */
export type ClaimSearchHit = {
  id: string;
  articleId: string;
  article: { title: string };
  wording: string;
  status: ClaimStatus;
  updatedAt: Date;
  assignee: { name: string } | null;
  verdict: { rating: string } | null;
  /** "exact": the wording or quoted text contains the query; "close": no claim does, the wording is a near spelling. */
  match: "exact" | "close";
  /** pg_trgm word_similarity of the query to the wording, 0–1: the ranking. */
  score: number;
};

type HitRow = Omit<ClaimSearchHit, "article" | "assignee" | "verdict" | "match"> & { articleTitle: string; assigneeName: string | null; rating: string | null };

/**
 * One ranked query: the workspace's claims that match, best first (closest
 * wording, then most recently changed), limited before the joins. The trigram
 * GIN indexes lead with workspaceId (prisma/schema.prisma), so the match reads
 * this desk's index entries only, and another desk's claims are never candidates.
 */
async function rankedHits(db: Db, workspaceId: string, q: SearchQuery, take: number, fuzzy: boolean): Promise<HitRow[]> {
  const matches = fuzzy
    ? Prisma.sql`${q.text} <% c.wording`
    : Prisma.sql`(c.wording ILIKE ${q.likePattern} OR c."quotedText" ILIKE ${q.likePattern})`;
  return db.$queryRaw<HitRow[]>`
    WITH hits AS (
      SELECT c.id, c."articleId", c.wording, c.status, c."updatedAt", c."assigneeId", word_similarity(${q.text}, c.wording) AS score
      FROM "Claim" c
      WHERE c."workspaceId" = ${workspaceId} AND ${matches}
      ORDER BY score DESC, c."updatedAt" DESC, c.id
      LIMIT ${take}
    )
    SELECT h.id, h."articleId", a.title AS "articleTitle", h.wording, h.status::text AS status, h."updatedAt",
           u.name AS "assigneeName", v.rating, h.score::float8 AS score
    FROM hits h
    JOIN "Article" a ON a.id = h."articleId"
    LEFT JOIN "User" u ON u.id = h."assigneeId"
    LEFT JOIN "Verdict" v ON v."claimId" = h.id
    ORDER BY h.score DESC, h."updatedAt" DESC, h.id`;
}

/**
 * Claims of one workspace whose wording or quoted text contains the query (any
 * script, any case, `%` and `_` taken literally). When none does, the claims
 * whose wording holds a close spelling of it (pg_trgm `<%`, word similarity
 * ≥ 0.6: "Kundoz" finds "Kunduz"): asked only then, because on a common phrase
 * it matches far more claims than anyone reads, at several times the cost.
 */
export async function searchClaims(db: Db, workspaceId: string, input: TSearchClaims): Promise<ClaimSearchHit[]> {
  const q = parseSearchQuery(input.query);
  let match: ClaimSearchHit["match"] = "exact";
  let rows = await rankedHits(db, workspaceId, q, input.take, false);
  if (rows.length === 0) {
    match = "close";
    rows = await rankedHits(db, workspaceId, q, input.take, true);
  }
  return rows.map(({ articleTitle, assigneeName, rating, ...hit }) => ({
    ...hit,
    article: { title: articleTitle },
    assignee: assigneeName === null ? null : { name: assigneeName },
    verdict: rating === null ? null : { rating },
    match,
  }));
}
