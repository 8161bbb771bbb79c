// Shared shapes for the facts module. The public type lives here (re-exported
// from extract-facts.ts) so helper files can use it without an import cycle.

export type FactUnit = "count" | "percent" | "currency" | "year" | "ordinal" | "other";

export type NumericFact = {
  /** The figure exactly as written in the sentence, e.g. "1.3 million", "46", "1,500", "$2.5bn", "40%". */
  raw: string;
  /** UTF-16 offsets of `raw` within the sentence. */
  start: number;
  end: number;
  /** Normalised number: 46; "1.3 million" -> 1300000; "1,500" -> 1500; "$2.5bn" -> 2500000000; "two dozen" -> 24; "40%" -> 40. */
  value: number;
  unit: FactUnit;
  /** ISO 4217 code ("USD", "EUR", "AFN"...) when unit is currency. */
  currency?: string;
  /** True for hedged figures ("about", "more than", "at least", "up to") and vague plurals ("thousands"). */
  approximate: boolean;
  /** The qualifier words as written: "at least", "more than". */
  qualifier?: string;
  /** What it counts: "Muslims killed", "Afghans who fled their homes", "families". Short noun phrase. */
  what: string | null;
  /** Event category when obvious: "killed", "wounded", "displaced", "return", ... */
  event: string | null;
  /** A capitalised place after in/at/near/north of/from...: "Kunduz". */
  where: string | null;
  /** "Friday", "October 9, 2021", "since August", "last year". */
  when: string | null;
  /** The source when attributed: "Shaheen", "the UN", "officials". */
  who: string | null;
};

/** A figure found in the text before any context is attached. */
export type Figure = {
  start: number;
  end: number;
  value: number;
  unit: FactUnit;
  currency?: string;
  /** "dozens", "thousands of": a floor, not a count, so the fact is approximate. */
  vague: boolean;
  /** A share or amount "of" something ("40% of voters", "thousands of people"): skip the "of" for `what`. */
  partitive: boolean;
  /** Digits with no scale, currency or percent: candidates for the year/day/identifier filters. */
  bare: boolean;
};

/**
 * Extra context the wording needs but the public type does not carry; kept
 * internal so the public shape stays the one the brief fixed.
 */
export type FactDetail = NumericFact & {
  /** Head noun phrase only ("Muslims"), without the event participle or relative clause. */
  noun: string | null;
  /** Kind of place around `where` ("mosque"), for "Kunduz mosque bombing". */
  venue: string | null;
  /** The incident behind a casualty figure ("bombing"). */
  cause: string | null;
  /** "planned for the return of" → the event has not happened yet ("to return"). */
  future: boolean;
  /** "40% of voters", "thousands of people": the wording keeps the "of". */
  partitive: boolean;
};
