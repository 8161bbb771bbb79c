/**
 * Claim spans are character offsets into the stored article text (pure helpers).
 * A span is trimmed of surrounding whitespace so that "selecting a bit too much"
 * gives the same claim as an exact selection.
 */
export type Span = { start: number; end: number };
export type SentenceRef = { id: string; start: number; end: number };

export const MAX_CLAIM_CHARS = 2_000;

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Returns a problem in plain words, or null when the span can become a claim. */
export function spanProblem(text: string, span: Span): string | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length) {
    return "The selection is outside the article text. Reload the article and select again.";
  }
  const trimmed = trimSpan(text, span);
  if (trimmed.end <= trimmed.start) return "Select some words of the article to make a claim.";
  if (trimmed.end - trimmed.start > MAX_CLAIM_CHARS) return `A claim can quote at most ${MAX_CLAIM_CHARS} characters; select less.`;
  return null;
}

/** The sentence that contains the span, or the one where it starts when it crosses sentences. */
export function sentenceForSpan(sentences: readonly SentenceRef[], span: Span): SentenceRef | null {
  return (
    sentences.find((s) => s.start <= span.start && span.end <= s.end) ??
    sentences.find((s) => s.start <= span.start && span.start < s.end) ??
    null
  );
}

/** The union of spans (for merging claims). */
export function unionSpan(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Splits a span at `at` into two non-empty trimmed spans, or returns null when one side would be empty. */
export function splitSpan(text: string, span: Span, at: number): [Span, Span] | null {
  if (at <= span.start || at >= span.end) return null;
  const left = trimSpan(text, { start: span.start, end: at });
  const right = trimSpan(text, { start: at, end: span.end });
  if (left.end <= left.start || right.end <= right.start) return null;
  return [left, right];
}

/** Does the text still hold the quoted words at the claim's offsets? */
export function spanMatches(text: string, span: Span, quotedText: string): boolean {
  return text.slice(span.start, span.end) === quotedText;
}

/**
 * Moves one end of a span by a word: the start left (-1) takes in the previous
 * word, right (+1) drops the first word; likewise for the end. Never empties the span.
 */
export function moveBoundary(text: string, span: Span, edge: "start" | "end", direction: -1 | 1): Span {
  const isSpace = (i: number) => /\s/.test(text[i] ?? " ");
  if (edge === "start") {
    let i = span.start;
    if (direction < 0) {
      while (i > 0 && isSpace(i - 1)) i--;
      while (i > 0 && !isSpace(i - 1)) i--;
    } else {
      while (i < span.end && !isSpace(i)) i++;
      while (i < span.end && isSpace(i)) i++;
    }
    return i < span.end ? { start: i, end: span.end } : span;
  }
  let j = span.end;
  if (direction > 0) {
    while (j < text.length && isSpace(j)) j++;
    while (j < text.length && !isSpace(j)) j++;
  } else {
    while (j > span.start && !isSpace(j - 1)) j--;
    while (j > span.start && isSpace(j - 1)) j--;
  }
  return j > span.start ? { start: span.start, end: j } : span;
}
