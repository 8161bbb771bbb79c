// Quotations and brackets we do not split inside: “Winter is on its way. There is no wood.
// We need water and food,” he said. — is ONE sentence (the attribution belongs to all of it).
// Only spans closed within the same paragraph (and 1,500 chars) count; an unbalanced
// quote falls back to ordinary splitting so one stray mark cannot swallow a document.
import * as chars from "./chars";
// Local copies of the imported bindings: bundlers compile named imports into getter calls
// on a module object, which would cost more than the work itself in the per-character loop.
const { WS, LINE_BREAK, OPENER, ALPHA, flagsAt, kindAt } = chars;

const LIMIT = 1500;

// Opener → [type slot, closer codes, opener codes that abort the search (unbalanced)]
type EncType = { slot: number; close: number[]; abort: number[] };
const TYPES = new Map<number, EncType>([
  [0x22, { slot: 0, close: [0x22], abort: [] }], // straight: see special case below
  [0x201c, { slot: 1, close: [0x201d], abort: [0x201c] }], // “ ”
  [0x201e, { slot: 2, close: [0x201c, 0x201d], abort: [0x201e] }], // „ “
  [0x2018, { slot: 3, close: [0x2019], abort: [] }], // ‘ ’
  [0xab, { slot: 4, close: [0xbb], abort: [0xab] }], // « »
  [0x28, { slot: 5, close: [0x29], abort: [0x28] }], // ( )
  [0x5b, { slot: 6, close: [0x5d], abort: [0x5b] }], // [ ]
  [0x300c, { slot: 7, close: [0x300d], abort: [0x300c] }], // 「 」
  [0x300e, { slot: 8, close: [0x300f], abort: [0x300e] }], // 『 』
  [0xff08, { slot: 9, close: [0xff09], abort: [0xff08] }], // （ ）
]);

function isParagraphBreak(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c === 0x2029 || c === 12) return true;
  if (c !== 10 && c !== 13) return false;
  let k = j + (c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1);
  while (k < text.length && (flagsAt(text, k) & WS) !== 0) {
    if ((flagsAt(text, k) & LINE_BREAK) !== 0) return true;
    k++;
  }
  return false;
}

export class EnclosureFinder {
  // Per opener type: where the last failed search stopped. Positions before it are known
  // to hold no closer, so later openers resume there and total work stays linear.
  private readonly resume = new Int32Array(10).fill(-1);

  constructor(private readonly text: string) {}

  /** Index of the closer matching the opener at i, or -1 (not an opener / unbalanced). */
  find(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    const t = TYPES.get(c);
    if (!t) return -1;
    const prevOk = i === 0 || (flagsAt(text, i - 1) & (WS | OPENER)) !== 0 || "-\u2013\u2014/".includes(text.charAt(i - 1));
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (next < 0) return -1;
    const nextWs = (flagsAt(text, i + 1) & WS) !== 0;
    // A straight or single quote only opens before a word; "‘90s" is an apostrophe.
    if (c === 0x22 && (!prevOk || nextWs)) return -1;
    if (c === 0x2018 && (!prevOk || nextWs || kindAt(text, i + 1) === "digit")) return -1;
    if ((c === 0x201c || c === 0x201e) && nextWs) return -1;
    const resumeAt = this.resume[t.slot] ?? -1;
    const stop = Math.min(text.length, i + LIMIT);
    let j = resumeAt > i ? resumeAt : i + 1;
    const close0 = t.close[0];
    const close1 = t.close[1] ?? -1;
    const abort = t.abort[0] ?? -1;
    for (; j < stop; j++) {
      const d = text.charCodeAt(j);
      if (d === close0 || d === close1) {
        if (c === 0x22 && (flagsAt(text, j - 1) & WS) !== 0) break; // another opener: unbalanced
        // ’ followed by a letter is an apostrophe ("don’t"), not the closing quote.
        if (c === 0x2018 && ((flagsAt(text, j + 1) & ALPHA) !== 0 || kindAt(text, j + 1) === "caseless")) continue;
        return j;
      }
      if (d === abort) break;
      if (c === 0x2018 && d === 0x2018 && (flagsAt(text, j - 1) & WS) !== 0) break;
      if ((flagsAt(text, j) & LINE_BREAK) !== 0 && isParagraphBreak(text, j)) break;
    }
    this.resume[t.slot] = j;
    return -1;
  }
}
