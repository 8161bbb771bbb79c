import { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { TClaimFilter } from "./schemas";

const queueClaimSelect = {
  id: true, wording: true, status: true, updatedAt: true, articleId: true,
  article: { select: { title: true } },
  assignee: { select: { id: true, name: true } },
  verdict: { select: { rating: true, reviewNote: true, author: { select: { id: true, name: true } } } },
} satisfies Prisma.ClaimSelect;

type QueueRow = {
  id: string; wording: string; status: ClaimStatus; updatedAt: Date; articleId: string; articleTitle: string;
  assigneeId: string | null; assigneeName: string | null;
  rating: string | null; reviewNote: string | null; authorId: string | null; authorName: string | null;
};

/**
 * One queue list in one statement (claim, article, holder, verdict and its
 * author joined), in the shape of `queueClaimSelect`. Prisma's `select` would
 * send five statements per list; at a million claims the round trips, not the
 * indexed reads, were most of desk.myQueue's time (bench/scale.ts).
 */
async function queueList(db: Db, workspaceId: string, match: Prisma.Sql, order: Prisma.Sql): Promise<QueueClaim[]> {
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT c.id, c.wording, c.status::text AS status, c."updatedAt", c."articleId", a.title AS "articleTitle",
           c."assigneeId", u.name AS "assigneeName", v.rating, v."reviewNote", v."authorId", au.name AS "authorName"
    FROM "Claim" c
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    LEFT JOIN "Verdict" v ON v."claimId" = c.id
    LEFT JOIN "User" au ON au.id = v."authorId"
    WHERE c."workspaceId" = ${workspaceId} AND ${match}
    ORDER BY ${order}
    LIMIT 100`;
  return rows.map((r) => ({
    id: r.id, wording: r.wording, status: r.status, updatedAt: r.updatedAt, articleId: r.articleId,
    article: { title: r.articleTitle },
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
    verdict: r.rating !== null && r.authorId !== null ? { rating: r.rating, reviewNote: r.reviewNote, author: { id: r.authorId, name: r.authorName ?? "" } } : null,
  }));
}

/**
 * The signed-in member's work: claims they hold (including verdicts sent back
 * to them), and verdicts by others that wait for a review they may give.
 */
export async function getMyQueue(db: Db, workspaceId: string, userId: string) {
  const [mine, toReview] = await Promise.all([
    queueList(db, workspaceId, Prisma.sql`c."assigneeId" = ${userId} AND c.status = 'IN_PROGRESS'`, Prisma.sql`c."updatedAt" DESC, c.id`),
    queueList(db, workspaceId, Prisma.sql`c.status = 'NEEDS_REVIEW' AND v."authorId" <> ${userId}`, Prisma.sql`c."updatedAt" ASC, c.id`),
  ]);
  return { mine, toReview };
}

const ACTIVE: ClaimStatus[] = ["IN_PROGRESS", "NEEDS_REVIEW", "APPROVED"];

/** How many claims each member holds, by status: who is overloaded, who is free. */
export async function getWorkload(db: Db, workspaceId: string) {
  const [members, counts] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId, role: { not: "VIEWER" } },
      orderBy: { user: { name: "asc" } },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    db.claim.groupBy({ by: ["assigneeId", "status"], where: { workspaceId, status: { in: ACTIVE }, assigneeId: { not: null } }, _count: { _all: true } }),
  ]);
  return members.map((m) => {
    const byStatus: Partial<Record<ClaimStatus, number>> = {};
    for (const row of counts) if (row.assigneeId === m.user.id) byStatus[row.status] = row._count._all;
    return { userId: m.user.id, name: m.user.name, role: m.role, byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
  });
}

/** Claims across the desk's articles, filtered by status, assignee ("unassigned" for none), rating and article. */
export async function findClaims(db: Db, workspaceId: string, filter: TClaimFilter) {
  const where: Prisma.ClaimWhereInput = { workspaceId };
  if (filter.status) where.status = filter.status;
  if (filter.articleId) where.articleId = filter.articleId;
  if (filter.assigneeId) where.assigneeId = filter.assigneeId === "unassigned" ? null : filter.assigneeId;
  if (filter.rating) where.verdict = { rating: filter.rating };
  return db.claim.findMany({ where, orderBy: { updatedAt: "desc" }, take: filter.take, select: queueClaimSelect });
}

export type QueueClaim = Awaited<ReturnType<typeof findClaims>>[number];
