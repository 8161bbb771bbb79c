// Finds figures (digits or words, with currency, scale and percent) in a
// sentence. One global anchor regex finds where a figure may start; sticky
// regexes then parse forward from there, so the work is linear in the input.

import { eitherCase } from "./tokens";
import { type Figure } from "./types";
import { parseWordNumber, SMALL_WORDS } from "./words-to-number";

const CODES = "USD|EUR|GBP|AFN|PKR|INR|JPY|CNY|CHF|AUD|CAD";
// Where a figure may start. No `i` flag: irregexp scans a case-sensitive alternation about twice as fast,
// and only a sentence-initial capital needs matching ("Two dozen", "Thousands").
const ANCHOR_RE = new RegExp(
  `(?:US|A|C|HK|NZ)?\\$|[€£¥₹₽₺؋]|\\b(?:${CODES})\\b|\\d|\\b(?:${eitherCase(`${SMALL_WORDS}|dozens|scores|tens|hundreds|thousands|millions|billions|half`)}|[Aa]n?\\s+(?:dozen|hundred|thousand|million|billion|trillion))\\b`,
  "g",
);
const CUR_PREFIX_RE = new RegExp(`(US\\$|A\\$|C\\$|HK\\$|NZ\\$|\\$|€|£|¥|₹|₽|₺|؋|(?:${CODES})\\s?)`, "y");
const DIGITS_RE = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/y;
const SCALE_WORD_RE = /[\s-]?(hundred|thousand|million|billion|trillion)\b/iy;
const SCALE_ABBR_RE = /(mn|bn|tn|m|b|k)\b/iy;
const PERCENT_RE = /\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)/iy;
const ORDINAL_RE = /(?:st|nd|rd|th)\b/iy;
const CUR_SUFFIX_RE = /\s+(?:of\s+)?(?:(US|American|Australian|Canadian)\s+)?(dollars?|euros?|afghanis?|rupees?|yen|yuan|ro?ubles?|lira|USD|EUR|GBP|AFN)\b/iy;

const SYMBOL_CODES: Record<string, string> = {
  $: "USD", US$: "USD", A$: "AUD", C$: "CAD", HK$: "HKD", NZ$: "NZD",
  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY", "؋": "AFN",
};
const WORD_CODES: Record<string, string> = {
  dollar: "USD", euro: "EUR", afghani: "AFN", rupee: "INR", yen: "JPY", yuan: "CNY", ruble: "RUB", rouble: "RUB", lira: "TRY",
};
const DOLLAR_COUNTRY: Record<string, string> = { australian: "AUD", canadian: "CAD" };
const EXPONENT: Record<string, number> = { hundred: 2, thousand: 3, k: 3, million: 6, m: 6, mn: 6, billion: 9, b: 9, bn: 9, trillion: 12, tn: 12 };

function currencyFromWord(word: string, country: string | undefined): string {
  const w = word.toLowerCase();
  if (/^[A-Z]{3}$/.test(word)) return word;
  if (w.startsWith("dollar") && country) return DOLLAR_COUNTRY[country.toLowerCase()] ?? "USD";
  return WORD_CODES[w.replace(/s$/, "")] ?? WORD_CODES[w] ?? "USD";
}

/** Exact decimal scaling: Number("1.1e6") avoids 1.1 * 1e6 = 1100000.0000000002. */
const scaled = (digits: string, exponent: number): number => Number(`${digits.replace(/,/g, "")}e${exponent}`);

/** Parses one figure starting at `at`; null when nothing numeric starts there. */
function parseAt(text: string, at: number): Figure | null {
  let pos = at;
  let currency: string | undefined;
  CUR_PREFIX_RE.lastIndex = pos;
  const cur = CUR_PREFIX_RE.exec(text);
  if (cur) {
    const sym = (cur[1] ?? "").trim();
    currency = SYMBOL_CODES[sym] ?? sym;
    pos = CUR_PREFIX_RE.lastIndex;
  }

  let value: number;
  let vague = false;
  let partitive = false;
  let bare = false;
  let unit: Figure["unit"] = "count";
  DIGITS_RE.lastIndex = pos;
  const digits = DIGITS_RE.exec(text);
  if (digits) {
    const numeral = digits[0];
    pos = DIGITS_RE.lastIndex;
    value = scaled(numeral, 0);
    SCALE_WORD_RE.lastIndex = pos;
    SCALE_ABBR_RE.lastIndex = pos;
    ORDINAL_RE.lastIndex = pos;
    const word = SCALE_WORD_RE.exec(text);
    const abbr = word ? null : SCALE_ABBR_RE.exec(text);
    // Bare "m"/"b"/"k" mean million/billion/thousand only in money or decimals ("£100m", "1.3m");
    // "100m" alone is more often metres.
    const abbrOk = abbr && (currency || digits[2] || (abbr[1] ?? "").length > 1);
    if (word || abbrOk) {
      const key = ((word ?? abbr)?.[1] ?? "").toLowerCase();
      value = scaled(numeral, EXPONENT[key] ?? 0);
      pos = word ? SCALE_WORD_RE.lastIndex : SCALE_ABBR_RE.lastIndex;
    } else if (ORDINAL_RE.exec(text)) {
      unit = "ordinal";
      pos = ORDINAL_RE.lastIndex;
    } else {
      bare = !currency;
    }
  } else {
    const words = parseWordNumber(text, pos);
    if (!words) return null;
    value = words.value;
    vague = words.vague;
    partitive = words.vague || words.fraction;
    if (words.fraction) unit = "percent";
    pos = words.end;
  }

  if (unit === "count") {
    PERCENT_RE.lastIndex = pos;
    if (PERCENT_RE.exec(text)) {
      unit = "percent";
      partitive = true;
      bare = false;
      pos = PERCENT_RE.lastIndex;
    } else if (!currency) {
      CUR_SUFFIX_RE.lastIndex = pos;
      const suffix = CUR_SUFFIX_RE.exec(text);
      if (suffix) {
        currency = currencyFromWord(suffix[2] ?? "", suffix[1]);
        bare = false;
        pos = CUR_SUFFIX_RE.lastIndex;
      }
    }
  }
  const fig: Figure = { start: at, end: pos, value, unit, vague, partitive, bare };
  // Assigned, not spread: object spread in this hot path costs more than the rest of the parse.
  if (currency) {
    fig.unit = "currency";
    fig.currency = currency;
  }
  return fig;
}

/** Every figure in `text` (already digit-normalised), in order, non-overlapping. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m; m = ANCHOR_RE.exec(text)) {
    const fig = parseAt(text, m.index);
    if (fig && fig.end > fig.start) {
      out.push(fig);
      ANCHOR_RE.lastIndex = fig.end;
    } else if (ANCHOR_RE.lastIndex === m.index) {
      ANCHOR_RE.lastIndex++;
    }
  }
  return out;
}
