// Character classes for the sentence segmenter.
// One 64K flag table (built once at module load) lets the hot loop classify every
// UTF-16 code unit with a single array read instead of regexes or Set lookups;
// that is what keeps 1 MB of text well under the time budget.

export const WS = 1; // JS `\s` / String.prototype.trim whitespace, so spans trim like .trim()
export const LINE_BREAK = 2;
export const TERM = 4; // . ! ? … and friends: need context to decide
export const ALWAYS = 8; // CJK / Indic / Arabic / Armenian / Ethiopic stops: always end a sentence
export const BULLET = 16; // inline bullet glyphs: each starts a new item
export const ENC_OPEN = 32; // quote / bracket that may open a span we must not split inside
export const CLOSER = 64; // may trail a terminator and belongs to the ending sentence
export const OPENER = 128; // may precede the first word of a sentence
export const DIGIT = 256; // ASCII digit
export const ALPHA = 512; // ASCII letter
export const SUPERSCRIPT = 1024; // footnote digits like ¹ ² ³
export const LINE_BULLET = 2048; // - * + – — only act as bullets at the start of a line
export const STRONG = 4096; // ! ? and their ligatures (a subset of TERM)

export const FLAGS = new Uint16Array(65536);

function set(codes: Iterable<number>, flag: number): void {
  for (const c of codes) FLAGS[c] = (FLAGS[c] ?? 0) | flag;
}
function chars(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let c = a; c <= b; c++) out.push(c);
  return out;
}

set([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff], WS);
set([10, 11, 12, 13, 0x2028, 0x2029], LINE_BREAK);
set(chars(".!?\u2026\u203c\u2047\u2048\u2049\u203d"), TERM);
set(chars("!?\u203c\u2047\u2048\u2049\u203d"), STRONG);
// 。｡！？． । ॥ ؟ ۔ ։ ። ፧ ፨ ။ ។ ៕ ; (Greek question mark) ܀
set(chars("\u3002\uff61\uff01\uff1f\uff0e\u0964\u0965\u061f\u06d4\u0589\u1362\u1367\u1368\u104b\u17d4\u17d5\u037e\u0700"), ALWAYS);
// • ‣ ⁃ ◦ ▪ ▫ ● ○ ■ □ ∙ ► ▶ ➢ ➤ ✓ ✔ ◆ ◇ ❖ (not the middle dot ·: Catalan uses it inside words)
set(chars("\u2022\u2023\u2043\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2219\u25ba\u25b6\u27a2\u27a4\u2713\u2714\u25c6\u25c7\u2756"), BULLET);
set(chars("-*+\u2013\u2014"), LINE_BULLET);
set(chars("\"\u201c\u201e\u2018\u00ab([\u300c\u300e\uff08"), ENC_OPEN);
set(chars("\"'\u201d\u2019\u00bb\u203a)]}\u300d\u300f\uff09\u300b\u3009\u3011\u3015\uff02\uff07"), CLOSER);
set(chars("\"'\u201c\u2018\u00ab\u201e\u201a\u2039([{\u00bf\u00a1\u300c\u300e\uff08\u300a\u3008\u3010"), OPENER);
// Invisible direction / zero-width marks (LRM, RLM, ALM, ZWSP) often sit next to end marks
// in Arabic-script and scraped text; they must neither hide nor start a boundary.
set(chars("\u200e\u200f\u061c\u200b"), CLOSER | OPENER);
set(range(48, 57), DIGIT);
set([...range(65, 90), ...range(97, 122)], ALPHA);
set([0xb9, 0xb2, 0xb3, 0x2070, ...range(0x2074, 0x2079)], SUPERSCRIPT);

/** The flags the main loop acts on; letters, digits and closers read 0 here (the fast path). */
export const LOOP_FLAGS = FLAGS.map((f) => f & (WS | LINE_BREAK | TERM | ALWAYS | BULLET | ENC_OPEN));

export function flagsAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? (FLAGS[text.charCodeAt(i)] ?? 0) : 0;
}
export function isWsAt(text: string, i: number): boolean {
  return (flagsAt(text, i) & WS) !== 0;
}

export type CharKind = "upper" | "lower" | "digit" | "caseless" | "symbol" | "end";

const UPPER_RE = /^[\p{Lu}\p{Lt}]$/u;
const LOWER_RE = /^\p{Ll}$/u;
const LETTER_RE = /^[\p{L}\p{M}]$/u;
const NUMBER_RE = /^\p{N}$/u;

/** Classifies the character at i. Called only at candidate boundaries, so the regex path is cheap. */
export function kindAt(text: string, i: number): CharKind {
  if (i >= text.length || i < 0) return "end";
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 65 && c <= 90) return "upper";
    if (c >= 97 && c <= 122) return "lower";
    if (c >= 48 && c <= 57) return "digit";
    return "symbol";
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (UPPER_RE.test(ch)) return "upper";
  if (LOWER_RE.test(ch)) return "lower";
  // Arabic, Devanagari, CJK … have no case, so they cannot signal "continuation".
  if (LETTER_RE.test(ch)) return "caseless";
  if (NUMBER_RE.test(ch)) return "digit";
  return "symbol";
}

/** Reads the ASCII-letter word starting at i (stops at an apostrophe, digit, dot …). */
export function asciiWordAt(text: string, i: number, max = 24): string {
  let j = i;
  const end = Math.min(text.length, i + max);
  while (j < end && (flagsAt(text, j) & ALPHA) !== 0) j++;
  return text.slice(i, j);
}
