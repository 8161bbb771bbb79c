import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { TClaimFilter } from "./schemas";

const queueClaimSelect = {
  id: true, wording: true, status: true, updatedAt: true, articleId: true,
  article: { select: { title: true } },
  assignee: { select: { id: true, name: true } },
  verdict: { select: { rating: true, reviewNote: true, author: { select: { id: true, name: true } } } },
} satisfies Prisma.ClaimSelect;

/**
 * The signed-in member's work: claims they hold (including verdicts sent back
 * to them), and verdicts by others that wait for a review they may give.
 */
export async function getMyQueue(db: Db, workspaceId: string, userId: string) {
  const [mine, toReview] = await Promise.all([
    db.claim.findMany({
      where: { workspaceId, assigneeId: userId, status: "IN_PROGRESS" },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: queueClaimSelect,
    }),
    db.claim.findMany({
      where: { workspaceId, status: "NEEDS_REVIEW", verdict: { authorId: { not: userId } } },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: queueClaimSelect,
    }),
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
