// Word windows around a figure. Context rules only ever look a few words to
// either side and never across punctuation, which keeps them clause-local and
// cheap (bounded windows, never a scan of the whole sentence).

export type Token = { word: string; lower: string; start: number; end: number };

// A leading hyphen is allowed so "45-year-old" yields "year-old" right after "45".
const WORD_AFTER_RE = /[ \t\u00a0]*-?(\p{L}[\p{L}\d'’-]*)/uy;
const LETTER_RE = /\p{L}/u;
const CLAUSE_BREAKS = new Set([...",;:.!?()[]\"“”—–"]);

const token = (word: string, start: number): Token => ({ word, lower: word.toLowerCase(), start, end: start + word.length });

/** Up to `max` words from `pos` onwards, stopping at the first punctuation mark. */
export function wordsAfter(text: string, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let at = pos;
  while (out.length < max) {
    WORD_AFTER_RE.lastIndex = at;
    const m = WORD_AFTER_RE.exec(text);
    if (!m) break;
    const word = m[1] ?? "";
    out.push(token(word, WORD_AFTER_RE.lastIndex - word.length));
    at = WORD_AFTER_RE.lastIndex;
  }
  return out;
}

// Char-code tests: this runs for every character in the window, so no per-char regex or string compares.
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(text.charAt(i));
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // digits, ' and - (and ’ below) join word parts: "1,500", "year-old", "Afghanistan’s"
  return (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019 || isLetter(text, i);
}
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Up to `max` words ending at `pos`, in text order, not reaching back past
 * punctuation. Scans backwards char by char so the cost is bounded by `reach`
 * and allocates only the tokens it returns.
 */
export function wordsBefore(text: string, pos: number, max: number, reach = 80): Token[] {
  const limit = Math.max(0, pos - reach);
  const out: Token[] = [];
  let i = pos;
  while (i > limit && out.length < max) {
    if (isWordChar(text, i - 1)) {
      let j = i - 1;
      while (j > limit && isWordChar(text, j - 1)) j--;
      // Words start with a letter: "46" or "-year" contribute nothing, as in wordsAfter.
      let s = j;
      while (s < i && !isLetter(text, s)) s++;
      if (s < i) out.push(token(text.slice(s, i), s));
      i = j;
      continue;
    }
    const ch = text.charAt(i - 1);
    // A decimal point or thousands comma inside a number is not a clause break.
    if (CLAUSE_BREAKS.has(ch) && !((ch === "," || ch === ".") && isDigitAt(text, i))) break;
    i--;
  }
  return out.reverse();
}

/** "last|this" → "[Ll]ast|[Tt]his": sentence-initial capitals without the cost (and looseness) of the `i` flag. */
export const eitherCase = (words: string): string =>
  words
    .split("|")
    .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`)
    .join("|");

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** "Afghanistan’s" → "Afghanistan". */
export const stripPossessive = (word: string): string => word.replace(/['’]s?$/, "");
