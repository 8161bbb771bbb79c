// Sentence context around a figure: hedging qualifier, place, source and cause.
// Regexes are module-level (compiled once) and run on bounded slices or once per sentence.

import { CAUSES, MONTH_OR_DAY, PRONOUNS, SOURCE_MODIFIERS, SOURCE_NOUNS, VENUES } from "./lexicon";
import { lowerBound } from "./spans";
import { isCapitalised, stripPossessive, type Token, wordsAfter, wordsBefore } from "./tokens";

const QUALIFIER_RE =
  /(?:^|[^\p{L}])((?:just|well|slightly)\s+(?:over|under|below|above)|more\s+or\s+less|no\s+(?:fewer|more|less)\s+than|not\s+(?:more|less)\s+than|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|as\s+(?:many|much|few|little)\s+as|close\s+to|upwards\s+of|in\s+excess\s+of|an\s+estimated|estimated|about|around|approximately|roughly|nearly|almost|some|over|under|below|above|exactly|precisely|only|just)\s+$/iu;
const EXACT = new Set(["exactly", "precisely", "only", "just"]);
const POST_QUALIFIER_RE = /\s+or\s+(?:more|so)\b|\+/y;

export type Qualifier = { text: string; start: number; approximate: boolean };

/** "at least 46" / "46 or more": the hedge that changes what the figure claims. */
export function findQualifier(text: string, start: number, end: number): Qualifier | null {
  const from = Math.max(0, start - 30);
  const m = QUALIFIER_RE.exec(text.slice(from, start));
  const words = m?.[1];
  if (m && words) {
    return { text: words, start: from + m.index + m[0].length - m[0].trimStart().length, approximate: !EXACT.has(words.toLowerCase()) };
  }
  POST_QUALIFIER_RE.lastIndex = end;
  const post = POST_QUALIFIER_RE.exec(text);
  return post ? { text: post[0].trim(), start, approximate: true } : null;
}

const DIRECTION = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)?\s+of`;
const PLACE_RE = new RegExp(
  String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hroughout|${DIRECTION})\s+(?:the\s+)?` +
    String.raw`(?:(?:city|town|village|province|district|region|capital|state|county|area|outskirts|suburbs?)\s+of\s+(?:the\s+)?)?` +
    String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`,
  "gu",
);
const VENUE_BEFORE_RE = /\b(?:in|at|inside|outside|near)\s+(?:a|an|the)\s+(\p{Ll}+)\s+$/u;

export type Place = { where: string; venue: string | null; start: number; end: number };

/** Places in the sentence ("north of the city of Kunduz" → "Kunduz"), with the venue type when stated. */
export function findPlaces(text: string): Place[] {
  const out: Place[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    const name = m[1] ?? "";
    // "U.S." keeps its dots; "Kunduz." loses the full stop; "Afghanistan’s" loses the possessive.
    const where = stripPossessive(/^(?:\p{Lu}\.)+$/u.test(name) ? name : name.replace(/[.'’-]+$/, ""));
    if (MONTH_OR_DAY.has(where.split(" ")[0] ?? "")) continue;
    const end = m.index + m[0].length;
    const before = VENUE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    const after = wordsAfter(text, end, 1)[0]?.lower;
    const venue = before && VENUES.has(before) ? before : after && VENUES.has(after) ? after : null;
    out.push({ where, venue, start: m.index, end });
  }
  return out;
}

/** The place for a fact: the first one after it in its sentence, else the nearest before it. */
export function pickPlace(places: readonly Place[], start: number, end: number): Place | null {
  const next = lowerBound(places, end);
  const after = places[next];
  if (after) return after;
  // Nearest earlier place that does not overlap the figure.
  for (let i = next - 1; i >= 0 && i >= next - 2; i--) {
    const p = places[i];
    if (p && p.end <= start) return p;
  }
  return null;
}

const CAUSE_WINDOW = 120;

/** The incident noun nearest a casualty figure ("a suicide bombing ... that killed 46" → "bombing"). */
export function findCause(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - CAUSE_WINDOW), start).match(/\p{L}+/gu) ?? [];
  for (let i = before.length - 1; i >= 0; i--) {
    const w = (before[i] ?? "").toLowerCase();
    if (CAUSES.has(w)) return w;
  }
  const after = text.slice(end, end + CAUSE_WINDOW).match(/\p{L}+/gu) ?? [];
  return after.map((w) => w.toLowerCase()).find((w) => CAUSES.has(w)) ?? null;
}

const ATTRIBUTION_RE = /\b(said|says|say|told|tweeted|reported|announced|claimed|stated|estimated|confirmed|added|wrote|[Aa]ccording\s+to)\b/g;
const INVERTED = new Set(["said", "says", "added", "wrote"]);
const DETERMINER_RE = /^(?:the|a|an)$/i;
const NAME_PARTICLES = new Set(["al", "bin", "ibn", "de", "van", "von", "of"]);
const ROLES = new Set(["spokesman", "spokeswoman", "spokesperson", "official", "officer", "analyst"]);

/** The source of the figure: "X said", "X, a spokesman, said", "according to X", "..., said X". Null for bare pronouns. */
export function findSource(text: string): string | null {
  ATTRIBUTION_RE.lastIndex = 0;
  for (let m = ATTRIBUTION_RE.exec(text); m; m = ATTRIBUTION_RE.exec(text)) {
    const verb = m[1] ?? "";
    const end = m.index + m[0].length;
    if (/^[Aa]ccording/.test(verb)) {
      const after = wordsAfter(text, end, 6);
      const kept: Token[] = [];
      for (const t of after) {
        if (kept.length > 0 && !isCapitalised(t.word) && !SOURCE_NOUNS.has(t.lower) && !SOURCE_MODIFIERS.has(t.lower)) break;
        kept.push(t);
      }
      const found = kept.map((t) => t.word).join(" ");
      if (found) return stripPossessive(found);
      continue;
    }
    // "An official, Mohammed Arsa Kharoti, said": skip the comma that closes the appositive.
    const rawHead = text.slice(Math.max(0, m.index - 80), m.index);
    const head = rawHead.replace(/,\s*$/, "");
    const found = sourceBefore(wordsBefore(head, head.length, 6));
    if (found) return found;
    if (INVERTED.has(verb) && /[,"”]\s*$/.test(rawHead)) {
      const name: string[] = [];
      for (const t of wordsAfter(text, end, 4)) {
        if (!isCapitalised(t.word)) break;
        name.push(t.word);
      }
      if (name.length > 0) return name.join(" ");
    }
  }
  return null;
}

function sourceBefore(words: readonly Token[]): string | null {
  const last = words[words.length - 1];
  // "He said" names nobody; "An estimated 1.3 million" is not a source called "An".
  if (!last || PRONOUNS.has(last.lower) || DETERMINER_RE.test(last.word)) return null;
  let i = words.length - 1;
  if (SOURCE_NOUNS.has(last.lower)) {
    // "the senior US official", "Taliban officials".
    while (i > 0) {
      const prev = words[i - 1] as Token;
      if (DETERMINER_RE.test(prev.word)) break;
      if (!isCapitalised(prev.word) && !SOURCE_NOUNS.has(prev.lower) && !SOURCE_MODIFIERS.has(prev.lower)) break;
      i--;
    }
  } else if (isCapitalised(last.word)) {
    // A name or organisation: "Suhail Shaheen", "Al-Jazeera English", "Ministry of Health".
    while (i > 0) {
      const prev = words[i - 1] as Token;
      // "Spokesman Suhail Shaheen": a sentence-initial role word is not part of the name.
      if (DETERMINER_RE.test(prev.word) || ROLES.has(prev.lower)) break;
      if (!isCapitalised(prev.word) && !(NAME_PARTICLES.has(prev.lower) && i > 1 && isCapitalised(words[i - 2]?.word ?? ""))) break;
      i--;
    }
  } else {
    return null;
  }
  const determiner = words[i - 1];
  const lead = determiner && DETERMINER_RE.test(determiner.word) ? `${determiner.lower} ` : "";
  const phrase = words.slice(i).map((t) => t.word);
  // A sentence-initial capital is not a name ("Officials said" → "officials"), unless
  // the phrase is a proper name ("Ministry of Health").
  const proper = phrase.slice(1).some(isCapitalised);
  if (phrase[0] && !proper && SOURCE_NOUNS.has(phrase[0].toLowerCase())) phrase[0] = phrase[0].toLowerCase();
  return `${lead}${phrase.join(" ")}`;
}
