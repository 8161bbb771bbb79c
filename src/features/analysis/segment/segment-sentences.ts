// Rule-based sentence segmenter for English news text (plus the sentence marks of
// CJK, Indic, Arabic-script, Armenian and Ethiopic text). One left-to-right pass over
// UTF-16 code units with a flag table; every look-around is bounded or amortised, so the
// cost is linear in the input. Ambiguous cases and the decisions taken are documented
// next to the rule that makes them (end-marks.ts, decide.ts, words.ts, lists.ts, lines.ts,
// enclosures.ts).
import * as chars from "./chars";
import { EnclosureFinder } from "./enclosures";
import { EndMarks } from "./end-marks";
import { LineBreakRule } from "./lines";
import * as lists from "./lists";
import { SuccessorFinder, type Marker } from "./lists";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { LOOP_FLAGS, WS, LINE_BREAK, TERM, ALWAYS, BULLET, ENC_OPEN, DIGIT, ALPHA, FLAGS, flagsAt } = chars;
const { parseMarker } = lists;

export type SentenceSpan = { index: number; start: number; end: number; text: string };

/** Splits `text` into trimmed sentence spans; `span.text === text.slice(span.start, span.end)`. */
export function segmentSentences(text: string): SentenceSpan[] {
  return new Segmenter(text).run();
}

class Segmenter {
  private readonly out: SentenceSpan[] = [];
  private segStart = -1; // first non-space character of the open sentence, -1 if none
  private lineStart = 0; // first character of the current line
  private encEnd = -1; // closer of the quotation/bracket we are inside (inside iff i < encEnd)
  private list: (Marker & { pos: number }) | null = null;
  private readonly enclosures: EnclosureFinder;
  private readonly successors: SuccessorFinder;
  private readonly lineBreaks: LineBreakRule;
  private readonly ends: EndMarks;

  constructor(private readonly text: string) {
    this.enclosures = new EnclosureFinder(text);
    this.successors = new SuccessorFinder(text);
    this.lineBreaks = new LineBreakRule(text);
    this.ends = new EndMarks(text);
  }

  run(): SentenceSpan[] {
    const text = this.text;
    const n = text.length;
    let i = n > 0 ? this.markerAt(0) : 0;
    for (; i < n; i++) {
      const f = LOOP_FLAGS[text.charCodeAt(i)] as number;
      if (f === 0) {
        if (this.segStart < 0) this.segStart = i;
        continue;
      }
      if (f & WS) {
        if (f & LINE_BREAK) i = this.onLineBreak(i);
        // Only a token start can be a list marker ("1. Apples 2. Pears").
        if (i + 1 < n) i = this.markerAt(i + 1) - 1;
        continue;
      }
      if (this.segStart < 0) this.segStart = i;
      if (f & (TERM | ALWAYS)) {
        const end = f & TERM ? this.ends.latin(i, this.segStart, this.encEnd) : this.ends.always(i, this.encEnd);
        if (this.ends.split) this.cut(end);
        i = end - 1;
      } else if (f & BULLET) {
        // Inline bullets ("• one • two") start a new item; "⁃9. …" may carry a marker.
        if (this.segStart < i) this.cut(i);
        this.segStart = i;
        if (i + 1 < n) i = this.markerAt(i + 1) - 1;
      } else if (f & ENC_OPEN && i >= this.encEnd) {
        const close = this.enclosures.find(i);
        if (close > 0) this.encEnd = close;
      }
    }
    if (this.segStart >= 0) this.emit(this.segStart, n);
    return this.out;
  }

  private emit(start: number, end: number): void {
    while (end > start && (flagsAt(this.text, end - 1) & WS) !== 0) end--;
    if (end > start) this.out.push({ index: this.out.length, start, end, text: this.text.slice(start, end) });
  }

  private cut(at: number): void {
    if (this.segStart >= 0) this.emit(this.segStart, at);
    this.segStart = -1;
  }

  /** At a token start p: consumes a list marker if there is one. Returns where to resume. */
  private markerAt(p: number): number {
    if ((FLAGS[this.text.charCodeAt(p)] as number) & (DIGIT | ALPHA) && this.markerLike(p)) {
      if (this.segStart < 0) this.segStart = p;
      const end = this.onMarker(p);
      if (end > 0) return end;
    }
    return p;
  }

  /** Cheap pre-check so ordinary words never reach the marker parser. */
  private markerLike(i: number): boolean {
    const t = this.text;
    const a = t.charCodeAt(i + 1);
    if (a === 46 || a === 41) return true;
    return a >= 48 && a <= 57 && (flagsAt(t, i) & DIGIT) !== 0 && (t.charCodeAt(i + 2) === 46 || t.charCodeAt(i + 2) === 41);
  }

  private prevNonWs(i: number): string {
    let p = i - 1;
    while (p >= 0 && i - p < 32 && (flagsAt(this.text, p) & WS) !== 0) p--;
    return p >= 0 ? this.text.charAt(p) : "";
  }

  /** A list marker at token start i: returns the index after it, or -1 if it is not one. */
  private onMarker(i: number): number {
    const m = parseMarker(this.text, i);
    if (!m) return -1;
    const ctx = this.list;
    const sequential =
      ctx !== null && ctx.kind === m.kind && ctx.delim === m.delim && m.value === ctx.value + 1 && i - ctx.pos < 600;
    const before = this.prevNonWs(i);
    const bulleted = before !== "" && ((FLAGS[before.charCodeAt(0)] as number) & BULLET) !== 0;
    // After a bullet the bullet itself already started the item ("• 9. …").
    let cutBefore = false;
    if (bulleted || (this.segStart === i && (m.kind === 0 || m.value === 1))) cutBefore = false;
    else if (sequential) cutBefore = true;
    else if (m.value === 1 && (before === ":" || this.successors.find(m, m.end))) cutBefore = true;
    else return -1;
    this.list = { ...m, pos: i };
    if (cutBefore && this.segStart < i) {
      this.cut(i);
      this.segStart = i;
    }
    return m.end;
  }

  private onLineBreak(i: number): number {
    const text = this.text;
    const n = text.length;
    let j = i;
    let breaks = 0;
    let para = false;
    let lineStart = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const f = FLAGS[c] as number;
      if ((f & WS) === 0) break;
      if ((f & LINE_BREAK) === 0) continue;
      lineStart = j + 1;
      if (c === 0x2029 || c === 12) para = true;
      else if (c !== 13 || text.charCodeAt(j + 1) !== 10) breaks++;
    }
    if (para || breaks >= 2) {
      // A blank line always ends the sentence (and any inline list).
      this.cut(i);
      this.list = null;
    } else if (this.segStart >= 0 && j < n && this.lineBreaks.splits(this.lineStart, i, j, this.segStart)) {
      this.cut(i);
    }
    this.lineStart = lineStart;
    return j - 1;
  }
}
