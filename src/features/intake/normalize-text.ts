/**
 * One canonical form for article text. Every sentence and claim offset in the
 * database indexes into the normalised text, so this must be deterministic and
 * must never change the words themselves (quotes, apostrophes, ZWNJ in Persian).
 */

// Invisible characters that break search, sentence matching and copy-paste, and
// can be used to spoof text (bidi overrides). ZWNJ (U+200C) and ZWJ (U+200D) are
// NOT here: Persian, Urdu and emoji sequences need them to spell words correctly.
// Soft hyphen is invisible unless a line breaks, and splits words for search.
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u061C\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Every Unicode space except the newline becomes a plain space: NBSP and thin
// spaces come from HTML and word processors and carry no meaning in prose.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// C0/C1 control characters (newline excluded; tab handled above).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

export function normalizeArticleText(raw: string): string {
  return (
    raw
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // Page breaks and Unicode line/paragraph separators are line structure, not junk.
      .replace(/[\v\f\u2028]/g, "\n")
      .replace(/\u2029/g, "\n\n")
      .replace(SPACES, " ")
      .replace(INVISIBLE, "")
      .replace(CONTROLS, "")
      .replace(/ {2,}/g, " ")
      // Indentation and trailing blanks come from editors and HTML source, not the author.
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      // A blank line is a paragraph break; more blank lines say nothing more.
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

export { markdownToText } from "./markdown";
