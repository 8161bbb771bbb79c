import { extractFacts, type NumericFact, suggestWording } from "./facts/extract-facts";
import { type CheckworthinessReason } from "./rank/features";
import { scoreSentences } from "./rank/score-sentence";
import { segmentSentences, type SentenceSpan } from "./segment/segment-sentences";

export type AnalyzedSentence = SentenceSpan & {
  score: number;
  reasons: CheckworthinessReason[];
  facts: NumericFact[];
  /** Suggested short claim wording, when the sentence holds a figure. */
  wording: string | null;
};

/**
 * The whole analysis of an article, pure and in one pass per sentence:
 * split into sentences (offsets into `text`), score check-worthiness, extract
 * numeric facts and suggest a short wording. Used on save, by the CLI and by bench/extract.
 */
export function analyzeText(text: string): AnalyzedSentence[] {
  const sentences = segmentSentences(text);
  // Scored together: a sentence's neighbours inform its score (claims come in runs).
  const scores = scoreSentences(sentences.map((s) => s.text));
  return sentences.map((sentence, i) => {
    const { score, reasons } = scores[i] ?? { score: 0, reasons: [] };
    const facts = extractFacts(sentence.text);
    return { ...sentence, score, reasons, facts, wording: facts.length ? suggestWording(sentence.text, facts) : null };
  });
}

/** Sentences ordered as suggestions: most check-worthy first, ties by position. */
export function rankSuggestions<T extends { score: number; index: number }>(sentences: readonly T[]): T[] {
  return [...sentences].sort((a, b) => b.score - a.score || a.index - b.index);
}
