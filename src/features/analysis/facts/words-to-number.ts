// Spelled-out numbers ("forty-six", "two dozen", "half a million", "hundreds of
// thousands"). Parsed with sticky regexes from a known start so each call is
// linear in the length of the number phrase, never in the sentence.

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// Vague plurals give a floor ("hundreds" is at least two hundred), flagged approximate by the caller.
const VAGUE_FLOOR: Record<string, number> = {
  dozens: 24, scores: 40, tens: 20, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9,
};
const FRACTION: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4 };

export const SMALL_WORDS = Object.keys(SMALL).join("|");

const TOKEN_RE = new RegExp(`(?:[\\s-]+(?:and\\s+)?)?(${SMALL_WORDS}|hundred|thousand|million|billion|trillion|dozen)\\b`, "iy");
const LEAD_RE = /(?:(half)\s+)?an?\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b)/iy;
const VAGUE_RE = /(dozens|scores|tens|hundreds|thousands|millions|billions)(?:\s+of\s+(thousands|millions|billions))?\b/iy;
const FRACTION_RE = /(one|two|three|a)([\s-])(halves|half|thirds?|quarters?)\b(?=(\s+of\b)?)/iy;

export type WordNumber = { end: number; value: number; vague: boolean; fraction: boolean };

const lower = (s: string | undefined): string => (s ?? "").toLowerCase();

/** Parses a spelled-out number starting exactly at `at`, or returns null. */
export function parseWordNumber(text: string, at: number): WordNumber | null {
  VAGUE_RE.lastIndex = at;
  const vague = VAGUE_RE.exec(text);
  if (vague) {
    const head = lower(vague[1]);
    const tail = lower(vague[2]);
    // "tens" alone is not a quantity; only "tens of thousands" is.
    if (head === "tens" && !tail) return null;
    const value = (VAGUE_FLOOR[head] ?? 0) * (tail ? (SCALE[tail.slice(0, -1)] ?? 1) : 1);
    return { end: VAGUE_RE.lastIndex, value, vague: true, fraction: false };
  }

  FRACTION_RE.lastIndex = at;
  const frac = FRACTION_RE.exec(text);
  // "three-quarters" or "two thirds of": a share, reported as a percentage.
  // "a quarter" alone is usually a period of the year, so it needs the hyphen or "of".
  if (frac && (frac[2] === "-" || frac[4])) {
    const num = lower(frac[1]) === "a" ? 1 : (SMALL[lower(frac[1])] ?? 1);
    const value = Math.round(num * (FRACTION[lower(frac[3])] ?? 0) * 10000) / 100;
    return { end: FRACTION_RE.lastIndex, value, vague: false, fraction: true };
  }

  let pos = at;
  let current = 0;
  let total = 0;
  let tokens = 0;
  let lastSmall = -1;
  LEAD_RE.lastIndex = at;
  const lead = LEAD_RE.exec(text);
  if (lead) {
    current = lead[1] ? 0.5 : 1;
    pos = LEAD_RE.lastIndex;
    tokens = 1;
  }
  let end = pos;
  let needSeparator = false;
  for (;;) {
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    // The first word must start at `pos`; later ones need a space or hyphen.
    if (!m || (m[0].length !== (m[1] ?? "").length) !== needSeparator) break;
    needSeparator = true;
    const word = lower(m[1]);
    const small = SMALL[word];
    if (small !== undefined) {
      // "forty-six" composes; "two three" or "six seven" does not.
      const composes = lastSmall < 0 || (lastSmall >= 20 && lastSmall % 10 === 0 && small < 10);
      if (!composes) break;
      current += small;
      lastSmall = small;
    } else if (word === "hundred" || word === "dozen") {
      current = (current || 1) * (word === "dozen" ? 12 : 100);
      lastSmall = -1;
    } else {
      total += (current || 1) * (SCALE[word] ?? 1);
      current = 0;
      lastSmall = -1;
    }
    tokens++;
    pos = TOKEN_RE.lastIndex;
    end = pos;
  }
  if (tokens === 0 || end === at) return null;
  const value = total + current;
  // A lone "one" is nearly always a pronoun or article ("one of", "no one", "one day").
  if (value === 1 && /^one$/i.test(text.slice(at, end))) return null;
  return { end, value, vague: false, fraction: false };
}
