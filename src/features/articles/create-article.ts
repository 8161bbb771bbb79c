import { recordAudit } from "@/features/audit/record-audit";
import type { Db } from "@/server/db";
import { guessLanguage } from "./guess-language";
import type { TArticleFields } from "./schemas";
import { prepareArticleText } from "./prepare-text";
import { storeSentences } from "./store-sentences";

type Actor = { workspaceId: string; actorId: string };

/**
 * Stores an article and its analysis (sentences with scores, reasons, facts and
 * suggested wording) in one transaction: either the article opens with its
 * suggestions, or nothing was created.
 */
export async function createArticle(db: Db, actor: Actor, input: TArticleFields): Promise<{ id: string; sentenceCount: number }> {
  const { text, sentences } = prepareArticleText(input.text);
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.create({
        data: {
          workspaceId: actor.workspaceId,
          createdById: actor.actorId,
          title: input.title,
          text,
          sourceUrl: input.sourceUrl ?? null,
          outlet: input.outlet ?? null,
          author: input.author ?? null,
          publishedAt: input.publishedAt ?? null,
          language: input.language ?? guessLanguage(text),
        },
        select: { id: true },
      });
      await storeSentences(tx, article.id, sentences);
      await recordAudit(tx, {
        ...actor,
        action: "article.created",
        entityType: "article",
        entityId: article.id,
        articleId: article.id,
        after: { title: input.title, sourceUrl: input.sourceUrl ?? null, chars: text.length, sentences: sentences.length },
      });
      return { id: article.id, sentenceCount: sentences.length };
    },
    { timeout: 60_000 },
  );
}
