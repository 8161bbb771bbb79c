// Headline-style claim wording from the most informative fact. The figure is
// kept exactly as written: readers (and searches) recognise "1.3 million", not 1300000.

import { EVENT_BY_CATEGORY } from "./lexicon";
import { type FactDetail, type NumericFact } from "./types";

export const MAX_WORDING = 60;

const UNIT_SCORE: Record<NumericFact["unit"], number> = { count: 1, percent: 1, currency: 1, year: 0, other: -1, ordinal: -2 };

function score(f: NumericFact): number {
  return (f.event ? 4 : 0) + (f.what ? 2 : 0) + (f.where ? 1 : 0) + UNIT_SCORE[f.unit];
}

/** The fact a reader would check first: one with an event and subject beats a bare number. Ties keep text order. */
export function topFact<T extends NumericFact>(facts: readonly T[]): T | null {
  let best: T | null = null;
  for (const f of facts) if (!best || score(f) > score(best)) best = f;
  return best;
}

/** Public facts carry no venue/cause; treat `what` as the noun so callers' own facts still word. */
export function detailFromFact(f: NumericFact): FactDetail {
  return { ...f, noun: f.what, venue: null, cause: null, future: false, partitive: f.unit === "percent" };
}

const join = (parts: readonly (string | null | undefined | false)[]): string => parts.filter(Boolean).join(" ");

/** "46 Muslims killed in Kunduz mosque bombing", dropping detail until it fits MAX_WORDING. */
export function wordFact(f: FactDetail): string | null {
  const entry = f.event ? EVENT_BY_CATEGORY.get(f.event) : undefined;
  const verb = entry ? (f.future && entry.base ? `to ${entry.base}` : entry.participle) : null;
  if (!verb && !f.noun && !f.where) return null;
  const figure = f.qualifier ? `${f.qualifier} ${f.raw}` : f.raw;
  // Noun of a measure ("years of military presence") or currency reads fine after the figure as is.
  const noun = verb ? f.noun : (f.what ?? f.noun);
  const subject = noun && f.partitive ? `of ${noun}` : noun;

  // Most to least detailed; the first that fits wins (built lazily: the first almost always fits).
  let last = "";
  for (let step = 0; step < 8; step++) {
    last = variant(step, figure, subject, verb, f);
    if (last.length <= MAX_WORDING) return capitalise(last);
  }
  return capitalise(truncate(last));
}

function variant(step: number, figure: string, subject: string | null, verb: string | null, f: FactDetail): string {
  if (step >= 6) return step === 6 ? join([figure, subject, verb]) : join([figure, verb ?? subject]);
  // Steps 0-5: (venue + cause, cause only, neither) × (with subject, without it when there is a verb).
  const detail = step >> 1;
  const venue = detail === 0 ? f.venue : null;
  const cause = detail < 2 ? f.cause : null;
  const place = f.where ? join(["in", f.where, venue, cause]) : cause ? `in ${cause}` : null;
  return join([figure, step % 2 === 1 && verb ? null : subject, verb, place]);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function truncate(text: string): string {
  if (text.length <= MAX_WORDING) return text;
  const cut = text.lastIndexOf(" ", MAX_WORDING);
  return text.slice(0, cut > 0 ? cut : MAX_WORDING);
}
