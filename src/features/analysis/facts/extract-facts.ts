// Numeric facts in one news sentence, and a short claim wording for the best one.
// Pure and synchronous: it runs on every sentence of an article, so the cheap
// figure scan comes first and the context passes run only when a figure survives.

import { findCause, findPlaces, findQualifier, findSource, pickPlace } from "./context";
import { findDates, findTimes, pickWhen } from "./dates";
import { normaliseDigits } from "./digits";
import { findFigures } from "./figures";
import { CASUALTY } from "./lexicon";
import { isNonClaim } from "./non-claims";
import { type FactDetail, type NumericFact } from "./types";
import { whatAndEvent } from "./what-event";
import { detailFromFact, topFact, wordFact } from "./wording";

export type { FactUnit, NumericFact } from "./types";

// The usual call pattern is extractFacts(s) then suggestWording(s, facts): remembering
// the last sentence halves that work. Results are unchanged because the cached
// details are never handed out (extractFacts copies) nor mutated.
let memo: { sentence: string; details: readonly FactDetail[] } | null = null;

/** Facts with the extra context the wording uses; internal to this folder. */
export function analyseSentence(sentence: string): readonly FactDetail[] {
  if (memo?.sentence === sentence) return memo.details;
  const details = analyse(sentence);
  memo = { sentence, details };
  return details;
}

function analyse(sentence: string): FactDetail[] {
  // Same length as `sentence`, so offsets found in `text` index `sentence` too.
  const text = normaliseDigits(sentence);
  const figures = findFigures(text);
  if (figures.length === 0) return [];
  const dates = findDates(text);
  const times = findTimes(text);
  const claims = figures.filter((f) => !isNonClaim(text, f, dates, times));
  if (claims.length === 0) return [];

  const places = findPlaces(text);
  const who = findSource(text);
  return claims.map((f): FactDetail => {
    const qualifier = findQualifier(text, f.start, f.end);
    const we = whatAndEvent(text, f, qualifier && qualifier.start < f.start ? qualifier.start : f.start);
    const place = pickPlace(places, f.start, f.end);
    const fact: FactDetail = {
      raw: sentence.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      value: f.value,
      // "20 years", "a 45-year-old": durations and measures are not head counts.
      unit: f.unit === "count" && we.measure ? "other" : f.unit,
      approximate: f.vague || (qualifier?.approximate ?? false),
      what: we.what,
      event: we.event?.category ?? null,
      where: place?.where ?? null,
      when: pickWhen(dates, f.start, f.end),
      who,
      noun: we.noun,
      venue: place?.venue ?? null,
      cause: null, // filled in by suggestWording for the one fact it words
      future: we.future,
      partitive: f.partitive,
    };
    // Optional keys are absent rather than undefined, so `toEqual`/JSON see the documented shape.
    if (f.currency) fact.currency = f.currency;
    if (qualifier) fact.qualifier = qualifier.text;
    return fact;
  });
}

/** Every numeric claim in `sentence`, in text order; dates, times, list markers and identifiers are left out. */
export function extractFacts(sentence: string): NumericFact[] {
  return analyseSentence(sentence).map(toPublic);
}

/** A fresh public object: callers may mutate it without touching the memo. */
function toPublic(d: FactDetail): NumericFact {
  const fact: NumericFact = {
    raw: d.raw, start: d.start, end: d.end, value: d.value, unit: d.unit, approximate: d.approximate,
    what: d.what, event: d.event, where: d.where, when: d.when, who: d.who,
  };
  if (d.currency !== undefined) fact.currency = d.currency;
  if (d.qualifier !== undefined) fact.qualifier = d.qualifier;
  return fact;
}

/**
 * A headline-style claim (≤ 60 chars) from the most informative fact, e.g.
 * "46 Muslims killed in Kunduz mosque bombing". Null when there is no numeric
 * fact, or when the best one has no subject, event or place to say what it is.
 */
export function suggestWording(sentence: string, facts?: NumericFact[]): string | null {
  const details = analyseSentence(sentence);
  const pool: readonly NumericFact[] = facts ?? details;
  const top = topFact(pool);
  if (!top) return null;
  // Caller-supplied facts lack venue/cause; reuse ours when they describe the same span.
  const ours = details.find((d) => d.start === top.start && d.end === top.end && d.raw === top.raw);
  const detail = ours ? { ...ours, ...top } : detailFromFact(top);
  // The cause ("bombing") only matters for casualty wording, so it is looked up here, once.
  if (detail.event && CASUALTY.has(detail.event)) detail.cause = findCause(sentence, detail.start, detail.end);
  return wordFact(detail);
}
