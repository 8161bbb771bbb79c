import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";

const BATCH = 200;

export type FeedEvent = {
  seq: string;
  action: string;
  entityType: string;
  claimId: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
};

/** The newest position in a workspace's feed: a fresh viewer starts here (it has just loaded the page). */
export async function latestSeq(db: Db, workspaceId: string): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ where: { workspaceId }, orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? BigInt(0);
}

/**
 * An article's changes after `afterSeq`, oldest first, at most one batch: the
 * caller loops until it gets less than a full one. Only what a viewer of the
 * article may see goes out: what happened and who did it, never the before/after
 * values (the client refetches what it shows through the normal queries).
 */
export async function readArticleFeed(db: Db, workspaceId: string, articleId: string, afterSeq: bigint): Promise<FeedEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { workspaceId, articleId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: BATCH,
    select: { seq: true, action: true, entityType: true, claimId: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ ...r, seq: r.seq.toString() }));
}

export const FEED_BATCH = BATCH;

/** A live feed opens only on an article of the caller's workspace. */
export async function requireArticle(db: Db, workspaceId: string, articleId: string): Promise<void> {
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId }, select: { id: true } });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
}
