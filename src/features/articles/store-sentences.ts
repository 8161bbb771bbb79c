import type { Prisma } from "@/generated/prisma/client";
import type { AnalyzedSentence } from "@/features/analysis/analyze-text";
import type { DbTx } from "@/server/db";

/** Writes an article's analysed sentences in batches (one statement per batch, not per sentence). */
export async function storeSentences(tx: DbTx, articleId: string, sentences: readonly AnalyzedSentence[]): Promise<void> {
  const BATCH = 1_000;
  for (let i = 0; i < sentences.length; i += BATCH) {
    await tx.sentence.createMany({
      data: sentences.slice(i, i + BATCH).map((s) => ({
        articleId,
        index: s.index,
        start: s.start,
        end: s.end,
        text: s.text,
        score: s.score,
        reasons: s.reasons as unknown as Prisma.InputJsonValue,
        facts: s.facts as unknown as Prisma.InputJsonValue,
        wording: s.wording,
      })),
    });
  }
}
