// Pure feature extraction for the check-worthiness ranker. The same code runs at
// training time (scripts/train-ranker.ts) and when scoring ~8,000 sentences per
// request, so tokens are never built as strings: one pass over the char codes
// computes every hash, and word lists are looked up by hash (lexicon.ts).
// Work is split into small functions sharing module-level scratch state because
// V8 compiles small functions quickly; one big loop cost ~250 ms of JIT on a cold start.
import * as chars from "./chars";
import * as lex from "./lexicon";

// Local copies: bundlers and tsx turn imports into property getters, which
// cost more than the work itself when called per character.
const { charInfo, lowerCode, fnv1a, key, WORD, UPPER, UNIGRAM_SEED, BIGRAM_SEED } = chars;
const { LEXICON, CAUSAL_PAIRS, MONTHS, TIMES, RESULT, AS } = lex;
const { NUMBER, STAT, COMP, ATTR, CAUSE, DATE, PERIOD_START, PERIOD_END, TOPIC, NOT_SUPERLATIVE, CAUSE_TAIL } = lex;

export const REASONS = ["quantity", "statistic", "comparison", "attribution", "named_entity", "date", "causal"] as const;

export type CheckworthinessReason = (typeof REASONS)[number];

export const REASON_LABELS: Record<CheckworthinessReason, string> = {
  quantity: "Contains a quantity",
  statistic: "Contains a statistic or a trend",
  comparison: "Makes a comparison or uses a superlative",
  attribution: "Attributes a statement to a source",
  named_entity: "Names a place, person or organisation",
  date: "Refers to a date or time period",
  causal: "Makes a causal claim",
};
const [QUANTITY, STATISTIC, COMPARISON, ATTRIBUTION, NAMED_ENTITY, DATE_REF, CAUSAL] = [1, 2, 4, 8, 16, 32, 64];

/** Binary sparse features: hashed bucket indices (each present once, value 1). */
export interface FeatureVector {
  indices: number[];
  reasons: CheckworthinessReason[];
}

// Hashing (not a vocabulary) keeps the weights file free of strings and lets
// unseen n-grams cost nothing at run time. 2^18 buckets keeps collisions rare.
export const DEFAULT_BUCKETS = 1 << 18;

const PRIME = 0x01000193;
const NUM_TOKEN = "#num";
const YEAR_TOKEN = "#year";
const LENGTH = [0, 1, 2, 3, 4, 5].map((i) => fnv1a(`len:${i}`));
const CUE = ["numbers1", "numbers2", "topic1", "topic2", "capitals3", "question"].map((c) => fnv1a(`cue:${c}`));
const REASON_HASHES = REASONS.map((r) => fnv1a(`r:${r}`));

// Per-call scratch state (reset by extractFeatures; single-threaded JS).
let stamps = new Uint32Array(0); // dedupe: bucket seen iff stamps[b] === stampId
let stampId = 0;
let out: number[] = [];
let buckets = DEFAULT_BUCKETS;
let found = 0, tokens = 0, capitals = 0, numbers = 0, topics = 0;
let prevSeed = 0, prevFlags = 0, prevNumber = false, prevUni = 0, prev2Uni = 0;
// Set by scan(): hashes of the lowercase token (unigram, bigram with the
// previous token, seed for the next bigram), of the original case, and counts.
let tU = 0, tB = 0, tS = 0, tO = 0, tDigits = 0, tUppers = 0, tOthers = 0;

function add(hash: number): void {
  const b = (hash >>> 0) % buckets;
  if (stamps[b] !== stampId) {
    stamps[b] = stampId;
    out.push(b);
  }
}

const isJoiner = (c: number): boolean => c === 46 || c === 44 || c === 39 || c === 8217 || c === 45; // . , ' ’ -
const isSign = (c: number): boolean => c === 36 || c === 37 || c === 8364 || c === 163; // $ % € £

/** Scans the token starting at `i` (letters/digits with inner . , ' ’ -, or one sign) and returns its end. */
function scan(text: string, i: number, sign: boolean): number {
  const n = text.length;
  let hU = UNIGRAM_SEED, hB = prevSeed, hS = BIGRAM_SEED, hO = 0x811c9dc5;
  let digits = 0, uppers = 0, others = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    const lc = lowerCode(c);
    hU = Math.imul(hU ^ lc, PRIME);
    hB = Math.imul(hB ^ lc, PRIME);
    hS = Math.imul(hS ^ lc, PRIME);
    hO = Math.imul(hO ^ c, PRIME);
    if (c >= 48 && c <= 57) digits++;
    else if (charInfo(c) & UPPER) uppers++;
    else if (c !== 46) others++;
    i++;
    if (sign || i >= n) break;
    const d = text.charCodeAt(i);
    if (charInfo(d) & WORD) continue;
    if (!isJoiner(d) || i + 1 >= n || !(charInfo(text.charCodeAt(i + 1)) & WORD)) break;
  }
  tU = hU; tB = hB; tS = hS; tO = hO; tDigits = digits; tUppers = uppers; tOthers = others;
  return i;
}

/** Numbers collapse to #num / #year ("1990", "1990s") so "46" and "1,500" share weights. */
function normaliseNumber(text: string, start: number, end: number): void {
  const len = end - start, c1 = text.charCodeAt(start), c2 = text.charCodeAt(start + 1);
  const year = tDigits === 4 && (len === 4 || (len === 5 && text.charCodeAt(end - 1) === 115)) && ((c1 === 49 && c2 === 57) || (c1 === 50 && c2 === 48));
  const norm = year ? YEAR_TOKEN : NUM_TOKEN;
  tU = fnv1a(norm, UNIGRAM_SEED);
  tB = fnv1a(norm, prevSeed);
  tS = fnv1a(norm, BIGRAM_SEED);
  found |= QUANTITY | (year ? DATE_REF : 0);
  numbers++;
}

/** Cue detection for one token; updates `found` and the counters. */
function cues(text: string, start: number, end: number, sign: boolean): number {
  const c0 = text.charCodeAt(start);
  const flags = tDigits > 0 ? 0 : (LEXICON.get(key(tU)) ?? 0);
  if (flags & TOPIC || sign) topics++;
  if (sign || flags & NUMBER) found |= QUANTITY;
  if (flags & STAT || c0 === 37 || (key(tU) === TIMES && (prevNumber || prevFlags & NUMBER))) found |= STATISTIC;
  const superlative = end - start >= 6 && tDigits === 0 && !(flags & NOT_SUPERLATIVE) && text.endsWith("est", end);
  if (flags & COMP || superlative) found |= COMPARISON;
  if (flags & ATTR) found |= ATTRIBUTION;
  if (flags & CAUSE || (flags & CAUSE_TAIL && CAUSAL_PAIRS.has(key(tB)) && (key(tU) !== RESULT || prev2Uni === AS))) found |= CAUSAL;
  const upperStart = (charInfo(c0) & UPPER) !== 0;
  if ((upperStart && MONTHS.has(key(tO))) || flags & DATE || (flags & PERIOD_END && prevFlags & PERIOD_START)) {
    found |= DATE_REF; // checked first so month names do not count as names
  } else if (upperStart && tDigits === 0) {
    const acronym = tUppers >= 2 && tOthers === 0;
    const c1 = text.charCodeAt(start + 1);
    const pronounI = c0 === 73 && (end - start === 1 || c1 === 39 || c1 === 8217);
    // Capitalised mid-sentence (or an acronym anywhere) is a cheap proper-noun cue.
    if (acronym || (tokens > 0 && !pronounI)) {
      found |= NAMED_ENTITY;
      capitals++;
    }
  }
  return flags;
}

function reset(nBuckets: number): void {
  if (stamps.length !== nBuckets || stampId === 0xffffffff) {
    stamps = new Uint32Array(nBuckets);
    stampId = 0;
  }
  stampId++;
  out = [];
  buckets = nBuckets;
  found = tokens = capitals = numbers = topics = 0;
  prevSeed = prevFlags = prevUni = prev2Uni = 0;
  prevNumber = false;
}

/**
 * Hashed binary unigrams + bigrams of lowercased tokens (numbers collapsed to
 * #num/#year), plus hand-made cues that double as the human-readable reasons.
 */
export function extractFeatures(text: string, nBuckets: number = DEFAULT_BUCKETS): FeatureVector {
  reset(nBuckets);
  const indices = out;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const sign = isSign(c);
    if (!sign && !(charInfo(c) & WORD)) {
      i++;
      continue;
    }
    const end = scan(text, i, sign);
    if (tDigits > 0) normaliseNumber(text, i, end);
    add(tU);
    if (tokens > 0) add(tB);
    prevSeed = Math.imul(tS ^ 32, PRIME); // seed for the next bigram: this token + " "
    const flags = cues(text, i, end, sign);
    prev2Uni = prevUni;
    prevUni = key(tU);
    prevFlags = flags;
    prevNumber = tDigits > 0;
    tokens++;
    i = end;
  }
  add(LENGTH[tokens <= 4 ? 0 : tokens <= 8 ? 1 : tokens <= 14 ? 2 : tokens <= 22 ? 3 : tokens <= 35 ? 4 : 5] as number);
  const counts = [numbers >= 1, numbers >= 2, topics >= 1, topics >= 2, capitals >= 3, text.includes("?")];
  for (let k = 0; k < counts.length; k++) if (counts[k]) add(CUE[k] as number);
  const reasons: CheckworthinessReason[] = [];
  for (let bit = 0; bit < REASONS.length; bit++) {
    if (found & (1 << bit)) {
      reasons.push(REASONS[bit] as CheckworthinessReason);
      add(REASON_HASHES[bit] as number);
    }
  }
  return { indices, reasons };
}

// Run every branch once at load (accents, curly quotes, dashes, signs, years,
// months, acronyms) so V8 optimises with full type feedback instead of
// deoptimising and recompiling in the middle of the first big request.
for (const s of [
  "The U.S. and NATO said unemployment rose 5% in March 2020 — because of Café Zürich’s $1,500 “deal”, the highest… as a result of ÉTATS?",
  "Don’t I think it's 3 times bigger than last year, due to Ωmega and 1990s €20 or £3?",
]) {
  extractFeatures(s);
}
