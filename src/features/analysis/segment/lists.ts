// Inline list markers: "1. Apples 2. Pears", "1.) first 2.) second", "a) one b) two".
// Decision: every list item is its own segment, so we split BEFORE a marker and never
// treat the marker's own "." as a sentence end. A bare "2." is only a marker when it
// continues a sequence (1 → 2, a → b) or sits where an item must start; otherwise
// "He was ranked No. 2. The …" would lose its real sentence boundary.
import * as chars from "./chars";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { WS, BULLET, DIGIT, ALPHA, flagsAt } = chars;

export type MarkerKind = 0 | 1 | 2; // number, lowercase letter, uppercase letter
export type Delim = 0 | 1 | 2; // "."  ".)"  ")"

export interface Marker {
  kind: MarkerKind;
  value: number;
  delim: Delim;
  /** index just after the delimiter */
  end: number;
}

/** Shape only: 1–2 digits or one ASCII letter, a delimiter, then whitespace. */
export function markerShape(text: string, i: number): Marker | null {
  const c = text.charCodeAt(i);
  let j = i + 1;
  let kind: MarkerKind;
  let value: number;
  if (c >= 48 && c <= 57) {
    kind = 0;
    value = c - 48;
    const c2 = text.charCodeAt(j);
    if (c2 >= 48 && c2 <= 57) {
      value = value * 10 + (c2 - 48);
      j++;
    }
  } else if (c >= 97 && c <= 122) {
    kind = 1;
    value = c - 96;
  } else if (c >= 65 && c <= 90) {
    kind = 2;
    value = c - 64;
  } else return null;
  let delim: Delim;
  const d = text.charCodeAt(j);
  if (d === 46 && text.charCodeAt(j + 1) === 41) {
    delim = 1;
    j += 2;
  } else if (d === 46) {
    delim = 0;
    j++;
  } else if (d === 41) {
    delim = 2;
    j++;
  } else return null;
  if (j >= text.length || (flagsAt(text, j) & WS) === 0) return null;
  return { kind, value, delim, end: j };
}

/** A marker must introduce some content: "A. B. Smith" is a name, not two empty items. */
export function parseMarker(text: string, i: number): Marker | null {
  const m = markerShape(text, i);
  if (!m) return null;
  let k = m.end;
  while (k < text.length && (flagsAt(text, k) & WS) !== 0) k++;
  if (k >= text.length) return null;
  if (markerShape(text, k)?.kind === m.kind) return null;
  return m;
}

/** True where a token may start a marker: after whitespace, a bullet, or at the very start. */
export function atTokenStart(text: string, i: number): boolean {
  return i === 0 || (flagsAt(text, i - 1) & (WS | BULLET)) !== 0;
}

/** Line-start list item for the newline rule. Capital letters are excluded: "A. Smith" wraps onto lines. */
export function startsListItem(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 40) {
    // "(a) …" / "(12) …"
    let j = i + 1;
    while (j < text.length && j - i <= 3 && (flagsAt(text, j) & (DIGIT | ALPHA)) !== 0) j++;
    return j > i + 1 && text.charCodeAt(j) === 41 && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9);
  }
  const m = markerShape(text, i);
  // The item must have content on the same line: "… on August\n30.\n" is a wrapped date.
  return m !== null && m.kind !== 2 && (text.charCodeAt(m.end) === 32 || text.charCodeAt(m.end) === 9);
}

const LOOKAHEAD = 300;

/**
 * Confirms a list start that is not at an item position ("The steps are 1. Mix 2. Bake"):
 * the successor marker must follow within a few hundred characters. `floor` memoises
 * how far the previous failed search got, so repeated "1." tokens stay linear.
 */
export class SuccessorFinder {
  private key = "";
  private floor = 0;

  constructor(private readonly text: string) {}

  find(m: Marker, from: number): boolean {
    const key = `${m.kind}:${m.delim}:${m.value}`;
    let j = key === this.key && this.floor > from ? this.floor : from;
    const stop = Math.min(this.text.length, from + LOOKAHEAD);
    for (; j < stop; j++) {
      if ((flagsAt(this.text, j) & (DIGIT | ALPHA)) === 0 || !atTokenStart(this.text, j)) continue;
      const s = markerShape(this.text, j);
      if (s && s.kind === m.kind && s.delim === m.delim && s.value === m.value + 1) return true;
    }
    this.key = key;
    this.floor = stop;
    return false;
  }
}
