import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { getArticleBoard } from "./get-article-board";

/** Everything the article workspace shows: the text, every sentence with its analysis, and the board of claims. */
/** `seq`: the workspace's latest audit position, as the membership check read it (see getArticleBoard). */
export async function getArticleWorkspace(db: Db, workspaceId: string, articleId: string, seq: number) {
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId },
    select: {
      id: true, title: true, text: true, sourceUrl: true, outlet: true, author: true, publishedAt: true, language: true, createdAt: true,
      createdBy: { select: { id: true, name: true } },
      sentences: {
        orderBy: { index: "asc" },
        select: { id: true, index: true, start: true, end: true, text: true, score: true, reasons: true, facts: true, wording: true, dismissedAt: true },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return { ...article, board: await getArticleBoard(db, workspaceId, articleId, seq) };
}

export type ArticleWorkspace = Awaited<ReturnType<typeof getArticleWorkspace>>;
