// Classifies the word in front of a period — the heart of the abbreviation heuristics.
import * as abbreviations from "./abbreviations";
import * as chars from "./chars";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { TITLES, NEVER_FINAL, NUMERIC, STARTER_ABBR, STATES, COMPANY } = abbreviations;
const { WS, CLOSER, OPENER, flagsAt } = chars;

// Plain numeric constants rather than an enum: isolatedModules-friendly and free at run time.
/** Ordinary word: a capitalised word, digit or caseless script after the period starts a sentence. */
export const GENERIC = 0;
/** Split only before a common sentence starter ("U.S. He" vs "U.S. Army"; "E. Smith"). */
export const STARTER = 1;
/** Starter rule, plus "Inc. Apple makes …" (capitalised word + lowercase word) splits. */
export const COMPANY_CLASS = 2;
/** a.m./p.m.: split before a capitalised word unless it is a weekday, month or time zone. */
export const AMPM = 3;
/** "No. 12", "Oct. 9": never split before a number, otherwise GENERIC. */
export const NUMERIC_CLASS = 4;
/** Titles and "vs.", "e.g.": never end a sentence. */
export const NEVER = 5;
export type WordClass = 0 | 1 | 2 | 3 | 4 | 5;

const MAX_TOKEN = 64;

/** The token before position `end` (exclusive), without surrounding quotes/brackets. */
export function wordBefore(text: string, end: number): string {
  let a = end;
  while (a > 0 && end - a < MAX_TOKEN && (flagsAt(text, a - 1) & WS) === 0) a--;
  if (end - a >= MAX_TOKEN) return ""; // a long unbroken token (URL, hash): no abbreviation
  while (a < end && (flagsAt(text, a) & OPENER) !== 0) a++;
  let b = end;
  while (b > a && (flagsAt(text, b - 1) & CLOSER) !== 0) b--;
  return text.slice(a, b);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "U.S", "U.S.A", "Ph.D", "a.m", "e.g": dot-separated chunks of one or two letters. */
function isDottedAbbreviation(w: string): boolean {
  let run = 0;
  let parts = 1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 46) {
      if (run === 0) return false;
      parts++;
      run = 0;
    } else if (isAsciiLetter(c)) {
      if (++run > 2) return false;
    } else return false;
  }
  return run > 0 && parts >= 2;
}

export function classifyWord(w: string): WordClass {
  // Every listed abbreviation is short; long words are ordinary words (the common case).
  if (w.length === 0 || w.length > 12) return GENERIC;
  // URLs and e-mail addresses: their inner dots never reach here (no space follows),
  // and a dot after them is a real full stop ("www.un.org." fails the dotted test below).
  if (w.includes("@") || w.includes("://")) return GENERIC;
  if (w.includes(".")) {
    if (!isDottedAbbreviation(w)) return GENERIC; // "example.com", "3.5", "2.0.1"
    const lower = w.toLowerCase();
    if (NEVER_FINAL.has(lower)) return NEVER;
    if (lower === "a.m" || lower === "p.m") return AMPM;
    return STARTER;
  }
  // "D-Calif." (AP party-state tags): judge the part after the hyphen.
  const h = Math.max(w.lastIndexOf("-"), w.lastIndexOf("/"));
  const core = h >= 0 && h < w.length - 1 ? w.slice(h + 1) : w;
  const key = core.toLowerCase();
  const c0 = core.charCodeAt(0);
  const cap = c0 >= 65 && c0 <= 90;
  if (core.length === 1 && isAsciiLetter(c0)) {
    // Capital: an initial ("Jonas E. Smith") or "you and I. Did …". Lowercase: "p. 55", "v. Wade".
    if (cap) return STARTER;
    return NEVER_FINAL.has(key) ? NEVER : NUMERIC_CLASS;
  }
  if (cap && TITLES.has(key)) return NEVER;
  if (NEVER_FINAL.has(key)) return NEVER;
  if (NUMERIC.has(key)) return NUMERIC_CLASS;
  if (COMPANY.has(key)) return COMPANY_CLASS;
  if (STARTER_ABBR.has(key)) return STARTER;
  if (cap && STATES.has(key)) return STARTER;
  return GENERIC;
}
