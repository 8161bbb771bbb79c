// Does the text after an end mark start a new sentence? Pure functions of the text and a
// few positions, called by end-marks.ts once per candidate boundary (not per character).
import * as abbreviations from "./abbreviations";
import * as chars from "./chars";
import * as words from "./words";
import type { CharKind } from "./chars";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { TITLES, CONNECTORS, EXCLAIM_NAMES, AMPM_CONT, FRONT_PREPS, STARTERS, SPEECH_VERBS } = abbreviations;
const { WS, OPENER, flagsAt, kindAt, asciiWordAt } = chars;
const { GENERIC, STARTER, COMPANY_CLASS, AMPM, NUMERIC_CLASS, NEVER, wordBefore, classifyWord } = words;

export interface NextToken {
  pos: number; // first character after any opening quotes/brackets
  kind: CharKind;
  raw: string; // leading ASCII letters as written ("It" from "It's")
  word: string; // raw, lower-cased
  quoted: boolean; // an opening quote precedes it
  bracketed: boolean; // an opening bracket precedes it
}

const QUOTES = "\"'\u201c\u2018\u00ab\u201e\u201a\u2039";
const CAMEL_BRAND = /^[a-z]{1,2}[A-Z]/;

export function nextToken(text: string, from: number): NextToken {
  let q = from;
  let quoted = false;
  let bracketed = false;
  while (q < text.length && q - from < 4 && (flagsAt(text, q) & OPENER) !== 0) {
    if (QUOTES.includes(text.charAt(q))) quoted = true;
    else bracketed = true;
    q++;
  }
  const raw = asciiWordAt(text, q);
  let kind = kindAt(text, q);
  // "iPhone", "eBay", "iOS" start sentences although their first letter is lowercase.
  if (kind === "lower" && CAMEL_BRAND.test(raw)) kind = "upper";
  return { pos: q, kind, raw, word: raw.toLowerCase(), quoted, bracketed };
}

/** Capitalised next word: new sentence only if it is a typical sentence opener. */
function starterRule(next: NextToken): boolean {
  // "Smith et al. (2019) found", "Apple Inc. (AAPL) rose": a bracket after the abbreviation.
  if (next.bracketed) return false;
  switch (next.kind) {
    case "upper":
      // A quotation opening after "U.S." is a new sentence; "U.S. Army" is not.
      return next.quoted || STARTERS.has(next.word);
    case "digit":
    case "caseless":
    case "end":
      return true;
    default:
      return false; // lowercase, or "U.S. $5 billion"
  }
}

/** "Inc. Apple makes …" → new sentence; "Inc. Chief Executive …", "Co. Ltd." → same sentence. */
function companyBreak(text: string, next: NextToken): boolean {
  const after = next.pos + next.raw.length;
  if (next.raw.length < 2 || text.charCodeAt(after) !== 32) return false;
  const w2 = asciiWordAt(text, after + 1);
  return w2.length > 0 && kindAt(text, after + 1) === "lower" && !CONNECTORS.has(w2);
}

/** `"Stop!" John Smith shouted.` — a closing quote followed by name + speech verb + punctuation. */
export function isAttribution(text: string, pos: number): boolean {
  let p = pos;
  let names = 0;
  for (let step = 0; step < 5; step++) {
    const w = asciiWordAt(text, p);
    if (w.length === 0) return false;
    let after = p + w.length;
    const lw = w.toLowerCase();
    if (names > 0 && SPEECH_VERBS.has(lw)) return after >= text.length || ".,;:!?".includes(text.charAt(after));
    if (kindAt(text, p) !== "upper") return false;
    if (text.charCodeAt(after) === 46 && TITLES.has(lw)) after++;
    names++;
    if (text.charCodeAt(after) !== 32) return false;
    p = after + 1;
  }
  return false;
}

/** "At 5 a.m. Mr. Smith went …": a fronted time phrase cannot be a sentence on its own. */
export function isFrontedTime(text: string, segStart: number, end: number): boolean {
  if (segStart < 0 || end - segStart > 40) return false;
  if (!FRONT_PREPS.has(asciiWordAt(text, segStart).toLowerCase())) return false;
  let tokens = 0;
  for (let i = segStart; i < end; i++) {
    if ((flagsAt(text, i) & WS) === 0 && (i === segStart || (flagsAt(text, i - 1) & WS) !== 0)) tokens++;
  }
  return tokens <= 4;
}

const ROMAN = /^[IVXLC]{1,6}$/;
const NUMBER_SIGNS = "$\u20ac\u00a3\u00a5#~\u00b1\u2248<>";

/** "Vol. II", "Art. I, Sec. 8" — but not the pronoun in "in Dec. I think". */
function isRomanNumeral(text: string, next: NextToken): boolean {
  if (!ROMAN.test(next.raw)) return false;
  if (next.raw !== "I") return true;
  const c = text.charAt(next.pos + 1);
  return c !== "" && c !== " " && c !== "'" && c !== "\u2019";
}

/** A single "." (not an ellipsis) at `dot`, followed by whitespace and then `next`. */
export function periodSplits(text: string, dot: number, next: NextToken, segStart: number): boolean {
  if (next.kind === "lower") return false; // "the U.S. economy", "in 2019. the" (typo) — decision: never
  switch (classifyWord(wordBefore(text, dot))) {
    case NEVER:
      return false;
    case STARTER:
      return starterRule(next);
    case COMPANY_CLASS:
      return starterRule(next) || (next.kind === "upper" && companyBreak(text, next));
    case AMPM:
      if (next.kind !== "upper") return true;
      return !AMPM_CONT.has(next.word) && !isFrontedTime(text, segStart, dot);
    case NUMERIC_CLASS:
      if (next.kind === "digit" || isRomanNumeral(text, next)) return false;
      // "approx. $20", "No. #5": a currency or number sign is part of the number.
      return !(next.kind === "symbol" && NUMBER_SIGNS.includes(text.charAt(next.pos)));
    case GENERIC:
    default:
      return true;
  }
}

/** "!", "?", "?!" …: a lowercase word continues (`"Stop!" he said`, "Yahoo! in …"). */
export function strongSplits(text: string, start: number, onlyBang: boolean, next: NextToken): boolean {
  if (next.kind === "lower") return false;
  if (onlyBang && EXCLAIM_NAMES.has(wordBefore(text, start).toLowerCase())) return starterRule(next);
  return true;
}

/**
 * "…", "...", ". . .": a capitalised word starts a new sentence, except the pronoun "I"
 * after a free-standing ellipsis ("the thing is . . . I didn't mean it"), where the
 * speaker is trailing off rather than stopping.
 */
export function ellipsisSplits(text: string, start: number, next: NextToken): boolean {
  if (next.kind === "lower") return false;
  if (next.raw === "I" && start > 0 && (flagsAt(text, start - 1) & WS) !== 0) return false;
  return true;
}
