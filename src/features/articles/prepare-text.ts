import { type AnalyzedSentence, analyzeText } from "@/features/analysis/analyze-text";
import { normalizeArticleText } from "@/features/intake/normalize-text";
import { validateArticleText } from "@/features/intake/validate-article-text";

/**
 * Checks, normalises and analyses article text; shared by creating an article
 * and replacing its text. Runs before any transaction: analysis is CPU work and
 * must not hold the database.
 */
export function prepareArticleText(raw: string): { text: string; sentences: AnalyzedSentence[] } {
  // Raw first: normalisation strips control characters and would hide binary content.
  validateArticleText(raw);
  const text = normalizeArticleText(raw);
  validateArticleText(text);
  return { text, sentences: analyzeText(text) };
}
