import { analyzeText } from "@/features/analysis/analyze-text";
import { recordAudit } from "@/features/audit/record-audit";
import { normalizeArticleText } from "@/features/intake/normalize-text";
import { validateArticleText } from "@/features/intake/validate-article-text";
import type { Db } from "@/server/db";
import { guessLanguage } from "./guess-language";
import type { TArticleFields } from "./schemas";
import { storeSentences } from "./store-sentences";

type Actor = { workspaceId: string; actorId: string };

/**
 * Stores an article and its analysis (sentences with scores, reasons, facts and
 * suggested wording) in one transaction: either the article opens with its
 * suggestions, or nothing was created.
 */
export async function createArticle(db: Db, actor: Actor, input: TArticleFields): Promise<{ id: string; sentenceCount: number }> {
  // Raw first: normalisation strips control characters and would hide binary content.
  validateArticleText(input.text);
  const text = normalizeArticleText(input.text);
  validateArticleText(text);
  // Analysis is pure CPU work: done before the transaction so the database is held only for the writes.
  const sentences = analyzeText(text);
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
        after: { title: input.title, sourceUrl: input.sourceUrl ?? null, chars: text.length, sentences: sentences.length },
      });
      return { id: article.id, sentenceCount: sentences.length };
    },
    { timeout: 60_000 },
  );
}
