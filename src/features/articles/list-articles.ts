import type { ClaimStatus } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string | null;
  sourceUrl: string | null;
  language: string;
  createdAt: Date;
  createdByName: string;
  sentenceCount: number;
  claimCounts: Partial<Record<ClaimStatus, number>>;
  publishedSlug: string | null;
};

/** The desk's article list, newest first, with claim counts by status in one grouped query. */
export async function listArticles(db: Db, workspaceId: string, options: { take?: number } = {}): Promise<ArticleListItem[]> {
  const articles = await db.article.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    select: {
      id: true, title: true, outlet: true, sourceUrl: true, language: true, createdAt: true,
      createdBy: { select: { name: true } },
      publication: { select: { slug: true, unpublishedAt: true } },
      _count: { select: { sentences: true } },
    },
  });
  const counts = articles.length
    ? await db.claim.groupBy({
        by: ["articleId", "status"],
        where: { workspaceId, articleId: { in: articles.map((a) => a.id) } },
        _count: { _all: true },
      })
    : [];
  const byArticle = new Map<string, Partial<Record<ClaimStatus, number>>>();
  for (const row of counts) {
    const entry = byArticle.get(row.articleId) ?? {};
    entry[row.status] = row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    sourceUrl: a.sourceUrl,
    language: a.language,
    createdAt: a.createdAt,
    createdByName: a.createdBy.name,
    sentenceCount: a._count.sentences,
    claimCounts: byArticle.get(a.id) ?? {},
    publishedSlug: a.publication && !a.publication.unpublishedAt ? a.publication.slug : null,
  }));
}
