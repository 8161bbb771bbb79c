// End marks: ".", "!", "?", "…" (judged by context) and the CJK / Indic / Arabic-script /
// Armenian / Ethiopic stops (always final). Each call reads a bounded neighbourhood of the
// mark and reports where scanning resumes and whether the sentence ends there.
import * as chars from "./chars";
import * as decide from "./decide";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { ALPHA, ALWAYS, CLOSER, DIGIT, STRONG, SUPERSCRIPT, TERM, WS, flagsAt, kindAt } = chars;
const { nextToken, isAttribution, periodSplits, strongSplits, ellipsisSplits } = decide;

const QUOTE_CLOSERS = "\"'\u201d\u2019\u00bb\u203a\u300d\u300f\uff02\uff07";

export class EndMarks {
  /** Set by the last call: whether the sentence ends at the index it returned. */
  split = false;

  constructor(private readonly text: string) {}

  /** ".", "!", "?", "…" and clusters of them. Returns where scanning resumes. */
  latin(i: number, segStart: number, encEnd: number): number {
    this.split = false;
    const text = this.text;
    const n = text.length;
    const c = text.charCodeAt(i);
    // Fast path: a dot inside a token ("3.14", "U.S.A", "example.com") never ends a sentence;
    // a digit after a letter may be a footnote ("proven.12 Next"), so that goes the long way.
    if (c === 46 && i + 1 < n) {
      const f1 = flagsAt(text, i + 1);
      if (f1 & ALPHA || (f1 & DIGIT && (flagsAt(text, i - 1) & ALPHA) === 0)) return i + 1;
    }
    let j = i;
    let dots = 0;
    let strong = false;
    let onlyBang = true;
    let ellipsisChar = false;
    while (j < n) {
      const d = text.charCodeAt(j);
      if ((flagsAt(text, j) & TERM) === 0) {
        // ". . ." — a spaced ellipsis continues the cluster.
        if (d === 32 && (dots > 0 || ellipsisChar) && text.charCodeAt(j + 1) === 46 && this.dotEnds(j + 2)) {
          j++;
          continue;
        }
        break;
      }
      if (d === 46) dots++;
      else if (d === 0x2026) ellipsisChar = true;
      else {
        strong = true;
        if (d !== 33) onlyBang = false;
      }
      j++;
    }
    const ellipsis = !strong && (ellipsisChar || dots >= 2);
    // "[...]", "(…)": an elision inside a quotation never ends a sentence.
    if (ellipsis && i > 0 && "[(".includes(text.charAt(i - 1)) && "])".includes(text.charAt(j))) return j + 1;
    let k = j;
    let quoteClosed = false;
    while (k < n && flagsAt(text, k) & (CLOSER | SUPERSCRIPT)) {
      if (QUOTE_CLOSERS.includes(text.charAt(k))) quoteClosed = true;
      k++;
    }
    k = this.footnote(i, j, k, dots === 1 && !strong, segStart);
    // Inside a quotation or bracket the sentence ends only where the span closes.
    if (i < encEnd && k <= encEnd) return k;
    if (k < n && (flagsAt(text, k) & WS) === 0) {
      // No space: "Yahoo!'s", "U.S.-based" — except caseless scripts, which need no space
      // ("你好!我", "这是.这是"; a Latin-letter period like "Node.js" is never cut).
      if (kindAt(text, k) === "caseless" && (strong || (dots === 1 && kindAt(text, i - 1) === "caseless"))) this.split = true;
      return k;
    }
    let m = k;
    while (m < n && flagsAt(text, m) & WS) m++;
    if (m >= n) {
      this.split = true;
      return k;
    }
    const next = nextToken(text, m);
    // `"Stop!" John shouted.` — only after ! or ?: after a quoted full stop a capitalised
    // name + verb is a new sentence ("… will fail.” Critics agreed.").
    if (strong && quoteClosed && next.kind === "upper" && isAttribution(text, next.pos)) return k;
    if (ellipsis) this.split = ellipsisSplits(text, i, next);
    else if (strong) this.split = strongSplits(text, i, onlyBang, next);
    else this.split = periodSplits(text, i, next, segStart);
    return k;
  }

  /** Is the dot at p the end of a spaced-ellipsis step (". . .") rather than ". .NET"? */
  private dotEnds(p: number): boolean {
    return p >= this.text.length || (flagsAt(this.text, p) & (WS | CLOSER | TERM)) !== 0;
  }

  /** Footnote after the end mark: "proven.[12] Next", "proven.¹² Next", "proven.12 Next". */
  private footnote(i: number, j: number, k: number, singleDot: boolean, segStart: number): number {
    const text = this.text;
    if (text.charCodeAt(k) === 91) {
      // One or more bracketed references: "proven.[1][23] Next".
      for (;;) {
        let p = k + 1;
        while (p < text.length && p - k <= 4 && flagsAt(text, p) & (DIGIT | ALPHA)) p++;
        if (p === k + 1 || text.charCodeAt(p) !== 93) return k;
        k = p + 1;
        if (text.charCodeAt(k) !== 91) return k;
      }
    }
    if (k !== j || !singleDot || (flagsAt(text, k) & DIGIT) === 0 || (flagsAt(text, i - 1) & ALPHA) === 0) return k;
    let p = k;
    while (p < text.length && p - k < 3 && flagsAt(text, p) & DIGIT) p++;
    if (p < text.length && (flagsAt(text, p) & WS) === 0) return k;
    let m = p;
    while (m < text.length && flagsAt(text, m) & WS) m++;
    // Only after an ordinary word ("Fig.3", "No.5" are references) and before a new sentence.
    const next = nextToken(text, m);
    if (next.kind === "lower" || next.kind === "digit") return k;
    return periodSplits(text, i, next, segStart) ? p : k;
  }

  /** 。！？ । ॥ ؟ ۔ ։ ። …: always a boundary, no space needed. */
  always(i: number, encEnd: number): number {
    this.split = false;
    const text = this.text;
    const n = text.length;
    let j = i;
    while (j < n && flagsAt(text, j) & (ALWAYS | STRONG)) j++;
    // Full-width dot between digits is a decimal point ("３．５").
    if (text.charCodeAt(i) === 0xff0e && j === i + 1 && kindAt(text, j) === "digit") return j;
    let k = j;
    let cornerQuote = false;
    while (k < n && flagsAt(text, k) & CLOSER) {
      if ("\u300d\u300f".includes(text.charAt(k))) cornerQuote = true;
      k++;
    }
    if (i < encEnd && k <= encEnd) return k;
    // Japanese 「…。」と言った: the quotative particle continues the sentence.
    if (cornerQuote && text.charCodeAt(k) === 0x3068) return k;
    this.split = true;
    return k;
  }
}
