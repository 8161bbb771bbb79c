// Single-newline decisions. A lone "\n" is usually a hard wrap inside a paragraph and must
// not split; it does split before a bullet / list item, after a heading-like line, and
// between short unpunctuated lines (menus, tag lists). Blank lines are handled by the caller.
import * as abbreviations from "./abbreviations";
import * as chars from "./chars";
import * as lists from "./lists";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { FUNCTION_WORDS, STARTERS } = abbreviations;
const { WS, LINE_BREAK, TERM, ALWAYS, BULLET, CLOSER, OPENER, ALPHA, LINE_BULLET, flagsAt, kindAt, asciiWordAt } = chars;
const { startsListItem } = lists;

interface LineStats {
  len: number;
  words: number;
  firstWordLen: number;
  lastWord: string;
  terminated: boolean;
  allCaps: boolean;
  titleCase: boolean;
}

/** One pass over [a, b): enough to tell a heading from a wrapped line. */
function lineStats(text: string, a: number, b: number): LineStats {
  let words = 0;
  let firstWordLen = 0;
  let wordStart = -1;
  let lastStart = a;
  let lastEnd = a;
  let lower = 0;
  let upper = 0;
  let first = -1;
  let longWords = 0; // words of 4+ characters: the ones Title Case capitalises
  let capLong = 0;
  let comma = false;
  for (let i = a; i <= b; i++) {
    const ws = i === b || (flagsAt(text, i) & WS) !== 0;
    if (!ws) {
      const k = (flagsAt(text, i) & ALPHA) !== 0 ? text.charCodeAt(i) : 0;
      if (k >= 97) lower++;
      else if (k >= 65) upper++;
      else if (text.charCodeAt(i) === 44) comma = true;
      if (first < 0) first = i;
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart < 0) continue;
    words++;
    if (words === 1) firstWordLen = i - wordStart;
    if (i - wordStart >= 4) {
      longWords++;
      const c = text.charCodeAt(wordStart);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) capLong++;
    }
    lastStart = wordStart;
    lastEnd = i;
    wordStart = -1;
  }
  let e = lastEnd - 1;
  while (e > lastStart && (flagsAt(text, e) & CLOSER) !== 0) e--;
  let w = lastStart;
  while (w < lastEnd && (flagsAt(text, w) & OPENER) !== 0) w++;
  let we = w;
  while (we < lastEnd && (flagsAt(text, we) & ALPHA) !== 0) we++;
  return {
    len: words === 0 ? 0 : lastEnd - first,
    words,
    firstWordLen,
    lastWord: text.slice(w, we).toLowerCase(),
    terminated: words > 0 && (flagsAt(text, e) & (TERM | ALWAYS)) !== 0,
    // ALL-CAPS lines ("CLICK HERE FOR THE APP") are headings even when long.
    allCaps: words >= 2 && upper >= 4 && lower === 0,
    // "Taliban Rules Out Cooperation": every long word capitalised, no comma.
    titleCase: longWords > 0 && capLong === longWords && !comma,
  };
}

function endOfLine(text: string, i: number): number {
  while (i < text.length && (flagsAt(text, i) & LINE_BREAK) === 0) i++;
  return i;
}

const CONTINUATION = ",;:-\u2013\u2014/&(+";
// Text is rarely hard-wrapped narrower than this, so a shorter line followed by a word
// that would have fitted is a line ended on purpose.
const MIN_WRAP = 40;

function isShortItem(l: LineStats): boolean {
  return l.words > 0 && l.words <= 3 && l.len <= 30 && !l.terminated;
}

/**
 * Single-newline rule for one text. Line statistics are memoised by line start: the
 * "next" line of one break is the "previous" line of the following one, so a text of
 * many short lines is still measured once per line.
 */
export class LineBreakRule {
  // Tiny ring of (line start → stats); three slots cover previous, next and third line.
  private readonly keys = new Int32Array(4).fill(-1);
  private readonly vals: (LineStats | null)[] = [null, null, null, null];
  private slot = 0;

  constructor(private readonly text: string) {}

  private stats(a: number, b: number): LineStats {
    for (let k = 0; k < 4; k++) {
      const v = this.vals[k];
      if (this.keys[k] === a && v) return v;
    }
    const s = lineStats(this.text, a, b);
    this.keys[this.slot] = a;
    this.vals[this.slot] = s;
    this.slot = (this.slot + 1) & 3;
    return s;
  }

  /** The line after the one ending at `eol` is absent, blank, or another short item. */
  private shortBlockContinues(eol: number): boolean {
    const text = this.text;
    let k = eol + 1;
    while (k < text.length && (flagsAt(text, k) & WS) !== 0) {
      if ((flagsAt(text, k) & LINE_BREAK) !== 0) return true;
      k++;
    }
    return k >= text.length || isShortItem(this.stats(k, endOfLine(text, k)));
  }

  /**
   * Should the single line break at `nl` (next non-space at `next`) end the sentence that
   * started at `segStart`? `lineStart` is where the line before the break begins.
   */
  splits(lineStart: number, nl: number, next: number, segStart: number): boolean {
    const text = this.text;
    const f = flagsAt(text, next);
    if ((f & BULLET) !== 0) return true;
    let p0 = lineStart;
    while (p0 < nl && (flagsAt(text, p0) & WS) !== 0) p0++;
    let p = nl - 1;
    while (p >= p0 && (flagsAt(text, p) & WS) !== 0) p--;
    if (p < p0) return false;
    let q = p;
    while (q > p0 && (flagsAt(text, q) & CLOSER) !== 0) q--;
    const ended = (flagsAt(text, q) & (TERM | ALWAYS)) !== 0;
    // The sentence began on this very line: a heading, a list item or a short line.
    const standalone = segStart === p0;
    // "- item" / "2. item" on a new line: a list, unless a wrapped sentence merely
    // continues with a dash or a number ("… on August\n30.").
    const listItem = ((f & LINE_BULLET) !== 0 && (flagsAt(text, next + 1) & WS) !== 0) || startsListItem(text, next);
    if (listItem) {
      const prevItem = (flagsAt(text, p0) & (BULLET | LINE_BULLET)) !== 0 || startsListItem(text, p0);
      if (ended || text.charAt(p) === ":" || prevItem) return true;
      // Otherwise only after a heading-like line (below): "Steps\n1. Mix" splits.
    }
    if (!standalone || ended || CONTINUATION.includes(text.charAt(p))) return false;
    const prev = this.stats(p0, p + 1);
    if (FUNCTION_WORDS.has(prev.lastWord)) return false;
    let o = next;
    while (o < text.length && (flagsAt(text, o) & OPENER) !== 0) o++;
    const eol = endOfLine(text, next);
    const nextLine = this.stats(next, eol);
    const kind = kindAt(text, o);
    if (kind === "lower") {
      // "features\ncontact manager\nevents, activities": a block of short unpunctuated
      // lines is a menu or tag list; two short lines inside narrow-wrapped prose are not.
      return isShortItem(prev) && isShortItem(nextLine) && this.shortBlockContinues(eol);
    }
    if (prev.allCaps) return true;
    // Wrap test: had the text been wrapped at the next line's width (at least MIN_WRAP),
    // the next line's first word would have fitted on this line — so it was ended on purpose.
    if (prev.len + 1 + nextLine.firstWordLen > Math.max(nextLine.len, MIN_WRAP)) return false;
    // A list item or a typical sentence opener ("The", "He", a digit, a quote) after it: a heading.
    if (listItem || kind === "digit" || kind === "caseless") return true;
    if (kind !== "upper") return false; // "He met\n— and then …": a dash continues
    if (STARTERS.has(asciiWordAt(text, o).toLowerCase())) return true;
    // A capitalised non-starter may continue a name across the wrap ("told The Associated\n
    // Press that …"): only a Title Case or one-word line counts as a heading then.
    return prev.titleCase || prev.words === 1;
  }
}
