import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";

const PAGE = 50;

/** The caller's inbox across workspaces they still belong to, newest first. */
export async function listNotifications(db: Db, userId: string, input: { unreadOnly?: boolean; cursor?: string | null }) {
  const rows = await db.notification.findMany({
    where: { userId, workspace: { memberships: { some: { userId } } }, ...(input.unreadOnly ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true, kind: true, payload: true, readAt: true, createdAt: true, articleId: true, claimId: true,
      actor: { select: { name: true } },
      workspace: { select: { slug: true, name: true } },
    },
  });
  return { items: rows.slice(0, PAGE), nextCursor: rows.length > PAGE ? rows[PAGE - 1]!.id : null };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } } });
}

/** Marks some (or, with no ids, all) of the caller's notifications read; others' are never touched. */
export async function markNotificationsRead(db: Db, userId: string, input: { ids?: string[] }): Promise<{ updated: number }> {
  if (input.ids && input.ids.length === 0) throw AppError.validation({ ids: "Choose at least one notification." });
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
