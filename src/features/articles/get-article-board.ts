import type { ClaimStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { BoardCache } from "./board-cache";

/** One claim as the board shows it: enough for the card, the filters and the progress bar, nothing more. */
export type BoardClaim = {
  id: string;
  sentenceId: string | null;
  start: number;
  end: number;
  quotedText: string;
  wording: string;
  facts: unknown;
  status: ClaimStatus;
  spanMismatch: boolean;
  version: number;
  assignee: { id: string; name: string } | null;
  verdict: { rating: string; authorId: string; approved: boolean } | null;
  evidenceCount: number;
  commentCount: number;
};

/** The article's claims with who holds them, their status and verdict, and the counts by status. */
export type ArticleBoard = {
  articleId: string;
  /** The workspace's audit position the board was read at (see board-cache.ts). */
  seq: number;
  counts: Partial<Record<ClaimStatus, number>>;
  claims: BoardClaim[];
};

type BoardRow = Omit<BoardClaim, "assignee" | "verdict"> & {
  assigneeId: string | null;
  assigneeName: string | null;
  rating: string | null;
  verdictAuthorId: string | null;
  approved: boolean | null;
};

/**
 * The board in one round trip: every claim of the article with its holder,
 * verdict and counts. The page's most frequent read (every viewer refetches it
 * on every change anyone makes), so it is one indexed query, not one per
 * relation as Prisma's `include` would issue.
 */
async function readBoardClaims(db: Db, workspaceId: string, articleId: string): Promise<BoardClaim[]> {
  const rows = await db.$queryRaw<BoardRow[]>`
    SELECT c.id, c."sentenceId", c.start, c."end", c."quotedText", c.wording, c.facts, c.status::text AS status,
           c."spanMismatch", c.version, c."assigneeId", u.name AS "assigneeName",
           v.rating, v."authorId" AS "verdictAuthorId", (v."approvedById" IS NOT NULL) AS approved,
           (SELECT count(*)::int FROM "Evidence" e WHERE e."claimId" = c.id) AS "evidenceCount",
           (SELECT count(*)::int FROM "Comment" m WHERE m."claimId" = c.id AND m."deletedAt" IS NULL) AS "commentCount"
    FROM "Claim" c
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    LEFT JOIN "Verdict" v ON v."claimId" = c.id
    WHERE c."articleId" = ${articleId} AND c."workspaceId" = ${workspaceId}
    ORDER BY c.start, c.id`;
  return rows.map(({ assigneeId, assigneeName, rating, verdictAuthorId, approved, ...claim }) => ({
    ...claim,
    assignee: assigneeId ? { id: assigneeId, name: assigneeName ?? "" } : null,
    verdict: rating !== null && verdictAuthorId !== null ? { rating, authorId: verdictAuthorId, approved: approved === true } : null,
  }));
}

async function articleExists(db: Db, workspaceId: string, articleId: string): Promise<boolean> {
  return (await db.article.count({ where: { id: articleId, workspaceId } })) > 0;
}

const caches = new WeakMap<Db, BoardCache<ArticleBoard>>();
const cacheEnabled = process.env.FACTDESK_BOARD_CACHE !== "off";

/**
 * Reads the board, from this server's cache when nothing in the workspace has
 * changed since it was built (one index lookup decides), else from the
 * database. Correct with several app servers: each validates against the
 * shared audit trail, never against its own memory. `seq`: the workspace's
 * latest audit position, read by the membership check in the same statement
 * as the membership (findMembershipAtPosition), so the cache costs no round trip.
 */
export async function getArticleBoard(db: Db, workspaceId: string, articleId: string, seq: number): Promise<ArticleBoard> {
  let cache = caches.get(db);
  const cached = cacheEnabled ? cache?.get(articleId, workspaceId, seq) : undefined;
  if (cached) return cached;
  // Read after the position: the claims are at least as new as `seq`, so the entry is never staler than its key.
  const claims = await readBoardClaims(db, workspaceId, articleId);
  if (claims.length === 0 && !(await articleExists(db, workspaceId, articleId))) throw new AppError("NOT_FOUND", "Article not found.");
  const counts: ArticleBoard["counts"] = {};
  for (const claim of claims) counts[claim.status] = (counts[claim.status] ?? 0) + 1;
  const board: ArticleBoard = { articleId, seq, counts, claims };
  if (cacheEnabled) {
    if (!cache) caches.set(db, (cache = new BoardCache<ArticleBoard>(200)));
    cache.set(articleId, workspaceId, seq, board);
  }
  return board;
}
