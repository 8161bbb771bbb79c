// Date and time expressions. They serve twice: as `when` for a fact, and as
// spans whose numbers are NOT facts ("October 9, 2021", "in 2014", "10:30").

import { MONTHS, WEEKDAYS } from "./lexicon";
import { lowerBound } from "./spans";
import { eitherCase } from "./tokens";
import { SMALL_WORDS } from "./words-to-number";

export type DateSpan = { start: number; end: number; text: string; specificity: number };

// Month names stay case-sensitive ("May" the month, not "may" the verb), so no `i` flag.
const cap = eitherCase;

const M = `(?:${MONTHS})`;
const W = `(?:${WEEKDAYS})`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]|20)\d{2}`;
const KEEP_PREFIX = new Set(["since", "until", "till", "before", "after", "from", "through", "by"]);

// Alternatives ordered most specific first; each starts with a literal or \d so failing positions are cheap.
const CORE = [
  String.raw`(?:${W},?\s+)?${M}\.?\s+${DAY}(?:,?\s+${YEAR})?\b`, // Saturday, October 9, 2021 / Oct. 9
  String.raw`(?:${W},?\s+)?${DAY}\s+(?:of\s+)?${M}\b\.?(?:,?\s+${YEAR}\b)?`, // 9 October 2021 / 9th of October
  String.raw`${M}\.?\s+${YEAR}\b`, // August 2021
  String.raw`\d{1,2}(?:st|nd|rd|th)\s+century\b`,
  String.raw`(?:${cap("last|this|next|past|previous|coming")}|${cap("earlier|later")}\s+this)\s+(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|morning|night|${W}|${M})\b`,
  String.raw`(?:\d+|${SMALL_WORDS}|a)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago\b`,
  String.raw`(?:${cap("yesterday|today|tonight|tomorrow")})\b|${cap("so")}\s+far\b|${cap("to")}\s+date\b`,
  String.raw`${W}\b`,
].join("|");

// The lookahead lets irregexp reject non-word positions before trying the alternations.
const DATE_RE = new RegExp(
  String.raw`\b(?=[A-Za-z0-9])(?:(${cap("since|until|till|before|after|from|through|by|in|on|during|of|between")})\s+)?(?:the\s+)?(?:((?:early|late|mid)[\s-]+))?` +
    String.raw`(?:(${CORE})|(${M})\b|(${YEAR}s?)\b)`,
  "g",
);
const TIME_RE = /\b\d{1,2}(?::\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m\b))?|(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\s+o['’]clock\b)/gi;

/**
 * Date expressions in `text`, in order. A bare month or year counts only after a
 * preposition ("in August", "since 2014"): "May" and "2000" alone are too ambiguous.
 */
export function findDates(text: string): DateSpan[] {
  const out: DateSpan[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const prep = m[1]?.toLowerCase();
    const core = m[3] ?? m[4] ?? m[5] ?? "";
    const bare = m[3] === undefined;
    if (bare && !prep && !m[2]) continue;
    const keep = prep && KEEP_PREFIX.has(prep) ? `${prep} ` : "";
    const coreStart = m.index + m[0].length - core.length;
    const from = keep ? m.index : coreStart - (m[2]?.length ?? 0);
    const phrase = `${keep}${m[2] ?? ""}${core}`;
    // Full dates beat months and weekdays when several are in one sentence.
    const specificity = /\d/.test(core) && /[A-Za-z]/.test(core) ? 3 : bare ? 1 : 2;
    out.push({ start: from, end: m.index + m[0].length, text: phrase, specificity });
  }
  return out;
}

/** Clock times ("10:30", "9am", "6 p.m."): never facts. */
export function findTimes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The date nearest to a fact, preferring the more specific one when about as near. */
export function pickWhen(dates: readonly DateSpan[], start: number, end: number): string | null {
  let best: DateSpan | null = null;
  let bestScore = Infinity;
  // Only the few dates either side can win; looking at all of them would be quadratic on long inputs.
  const at = lowerBound(dates, start);
  for (const d of dates.slice(Math.max(0, at - 3), at + 3)) {
    const distance = d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
    const score = distance - d.specificity * 40;
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best ? best.text.replace(/['’]s$/, "") : null;
}
