// Character classes and hashing for features.ts. Tables are filled lazily so
// the common ASCII path is an array read and Unicode text still works (letters
// of any script are word characters; their lowercase comes from the runtime).

export const WORD = 1;
export const UPPER = 2;
const KNOWN = 4;

const INFO = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);
const WORD_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;

function classify(c: number): number {
  // Lone surrogate halves (emoji, rare scripts) are not word characters.
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN;
  const s = String.fromCharCode(c);
  return KNOWN | (WORD_RE.test(s) ? WORD : 0) | (UPPER_RE.test(s) ? UPPER : 0);
}

for (let c = 0; c < 128; c++) {
  INFO[c] = classify(c);
  LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

/** WORD / UPPER bits of a UTF-16 code unit. */
export function charInfo(c: number): number {
  let v = INFO[c] as number;
  if (v === 0) {
    v = classify(c);
    INFO[c] = v;
  }
  return v;
}

/** Lowercase of a code unit; unchanged when lowercasing would change the length. */
export function lowerCode(c: number): number {
  if (c < 128) return LOWER[c] as number;
  let l = LOWER[c] as number;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER[c] = l;
  }
  return l;
}

/** FNV-1a over UTF-16 code units, continuing from `seed` so n-grams hash without concatenation. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** FNV-1a of the lowercase form, exactly as features.ts hashes tokens. */
export function wordHash(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ lowerCode(word.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}

/** Seeds that keep unigram, bigram and named-feature hashes apart. */
export const UNIGRAM_SEED = fnv1a("w:");
export const BIGRAM_SEED = fnv1a("b:");

/** 30-bit key for Maps/Sets: stays a small integer in V8, so lookups do not allocate. */
export const key = (hash: number): number => hash & 0x3fffffff;
