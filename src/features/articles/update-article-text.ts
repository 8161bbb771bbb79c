import { recordAudit } from "@/features/audit/record-audit";
import { sentenceForSpan, spanMatches } from "@/features/claims/span";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { prepareArticleText } from "./prepare-text";
import { storeSentences } from "./store-sentences";

type Actor = { workspaceId: string; actorId: string };

/**
 * Replaces an article's text (e.g. the outlet corrected it) and re-analyses it.
 * Claims keep their offsets: a claim whose quoted words are no longer at its
 * offsets is flagged (spanMismatch) for an editor to fix, never moved silently.
 */
export async function updateArticleText(db: Db, actor: Actor, input: { articleId: string; text: string }): Promise<{ flagged: number }> {
  const { text, sentences } = prepareArticleText(input.text);
  return db.$transaction(
    async (tx) => {
      const article = await tx.article.findFirst({ where: { id: input.articleId, workspaceId: actor.workspaceId }, select: { id: true, text: true } });
      if (!article) throw new AppError("NOT_FOUND", "Article not found.");
      await tx.article.update({ where: { id: article.id }, data: { text } });
      await tx.sentence.deleteMany({ where: { articleId: article.id } });
      await storeSentences(tx, article.id, sentences);
      const stored = await tx.sentence.findMany({ where: { articleId: article.id }, select: { id: true, start: true, end: true } });
      const claims = await tx.claim.findMany({ where: { articleId: article.id }, select: { id: true, start: true, end: true, quotedText: true } });
      let flagged = 0;
      for (const claim of claims) {
        const matches = spanMatches(text, claim, claim.quotedText);
        if (!matches) flagged++;
        await tx.claim.update({
          where: { id: claim.id },
          data: { spanMismatch: !matches, sentenceId: matches ? (sentenceForSpan(stored, claim)?.id ?? null) : null, version: { increment: 1 } },
        });
      }
      await recordAudit(tx, {
        ...actor,
        action: "article.text_replaced",
        entityType: "article",
        entityId: article.id,
        articleId: article.id,
        before: { chars: article.text.length },
        after: { chars: text.length, sentences: sentences.length, flaggedClaims: flagged },
      });
      return { flagged };
    },
    { timeout: 60_000 },
  );
}
