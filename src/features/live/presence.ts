import type { Db } from "@/server/db";

/** A viewer whose connection has not refreshed for this long is gone (its server died without saying so). */
export const PRESENCE_TTL_MS = 45_000;
/** How often an open connection refreshes its presence row. */
export const PRESENCE_REFRESH_MS = 15_000;

export type Viewer = { userId: string; name: string };

export async function touchViewer(db: Db, row: { connectionId: string; workspaceId: string; articleId: string; userId: string }): Promise<void> {
  const lastSeenAt = new Date();
  await db.articleViewer.upsert({ where: { connectionId: row.connectionId }, create: { ...row, lastSeenAt }, update: { lastSeenAt } });
}

export async function removeViewer(db: Db, connectionId: string): Promise<void> {
  await db.articleViewer.deleteMany({ where: { connectionId } });
}

/** Who has the article open now, each person once (several tabs count once), by name. */
export async function listViewers(db: Db, articleId: string, now = new Date()): Promise<Viewer[]> {
  const rows = await db.articleViewer.findMany({
    where: { articleId, lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    select: { user: { select: { id: true, name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.user.id, { userId: r.user.id, name: r.user.name }]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Rows left by connections that died with their server; run now and then, by any server. */
export async function sweepStaleViewers(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.articleViewer.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS * 4) } } });
  return count;
}
