// What a figure counts ("Muslims killed", "Afghans who fled their homes") and
// which event it belongs to. The event is looked for in three places, in order
// of reliability: a verb or noun just before the figure ("killed 46", "the
// return of 1,500"), a relative clause or verb after it ("who had fled", "were
// killed"), and last an adjective inside the noun phrase ("1.3 million displaced Afghans").

import { AUXILIARIES, type EventEntry, EVENT_WORDS, FUTURE_MARKERS, MEASURE_NOUNS, NP_STOP } from "./lexicon";
import { type Figure } from "./types";
import { type Token, wordsAfter, wordsBefore } from "./tokens";

export type WhatEvent = {
  what: string | null;
  noun: string | null;
  event: EventEntry | null;
  future: boolean;
  /** The noun is a unit of time or measure ("20 years of", "45-year-old"). */
  measure: boolean;
};

const MAX_NP = 4;
// Words allowed between an event word and the figure: "killed at least 46", "the return of 1,500".
const BRIDGE = new Set(["of", "the", "a", "an", "for", "some", "nearly", "about", "around", "least", "at", "more", "than", "over", "up", "to"]);
const DETERMINERS = new Set(["the", "a", "an", "their", "its", "his", "her", "our", "these", "those"]);
const RELATIVE = new Set(["who", "that", "which"]);
const CLAUSE_STOP = new Set([
  "and", "but", "or", "since", "because", "while", "after", "before", "when", "so", "in", "on", "at", "during",
  "from", "for", "until", "as", "with", "by", "than",
]);

// English heuristics only: words in other scripts never form `what` rather than forming it wrongly.
const isNpWord = (t: Token | undefined): t is Token => t !== undefined && !NP_STOP.has(t.lower) && /^\p{Script=Latin}/u.test(t.word);

function eventBefore(text: string, start: number): { entry: EventEntry; future: boolean } | null {
  const before = wordsBefore(text, start, 8);
  for (let i = before.length - 1; i >= 0 && i >= before.length - 4; i--) {
    const t = before[i];
    if (!t) break;
    const entry = EVENT_WORDS.get(t.lower);
    if (entry) {
      const future = before.slice(Math.max(0, i - 4), i).some((w) => FUTURE_MARKERS.has(w.lower));
      return { entry, future };
    }
    if (!BRIDGE.has(t.lower)) return null;
  }
  return null;
}

/** Collects the head noun phrase starting at token `i`; returns it and the next index. */
function nounPhrase(tokens: readonly Token[], i: number): { words: Token[]; next: number; adjectiveEvent: EventEntry | null } {
  const words: Token[] = [];
  let adjectiveEvent: EventEntry | null = null;
  while (words.length < MAX_NP && isNpWord(tokens[i])) {
    const t = tokens[i] as Token;
    const entry = EVENT_WORDS.get(t.lower);
    if (entry) {
      // "displaced Afghans": the event word modifies a following noun; "people killed": it ends the phrase.
      const nextWord = tokens[i + 1];
      if (!isNpWord(nextWord) || EVENT_WORDS.has(nextWord.lower) || entry.noun) break;
      adjectiveEvent = entry;
    }
    words.push(t);
    i++;
  }
  // A trailing "-ed" word is more likely a verb than a noun: "Thousands gathered".
  while (words.length > 0 && /ed$/.test(words[words.length - 1]?.lower ?? "")) {
    words.pop();
    i--;
  }
  return { words, next: i, adjectiveEvent };
}

/** `contextStart` is where the figure's qualifier begins, so "killed at least 46" still sees "killed". */
export function whatAndEvent(text: string, fig: Figure, contextStart: number): WhatEvent {
  const tokens = wordsAfter(text, fig.end, 16);
  let i = 0;
  // "40% of voters", "thousands of people", "3 of its soldiers" (a plain count needs the determiner).
  if (tokens[0]?.lower === "of" && (fig.partitive || DETERMINERS.has(tokens[1]?.lower ?? ""))) i++;
  while (i > 0 && DETERMINERS.has(tokens[i]?.lower ?? "")) i++;

  const np = nounPhrase(tokens, i);
  i = np.next;
  let words = np.words.map((t) => t.word);
  const head = (np.words[0]?.lower ?? "").split("-")[0] ?? "";
  const measure = MEASURE_NOUNS.has(head);
  // "20 years of military presence": a measure says little without its "of" phrase.
  if (measure && tokens[i]?.lower === "of") {
    const rest = nounPhrase(tokens, i + 1 + (DETERMINERS.has(tokens[i + 1]?.lower ?? "") ? 1 : 0));
    if (rest.words.length > 0) {
      words = [...words, "of", ...rest.words.map((t) => t.word)];
      i = rest.next;
    }
  }
  const noun = words.length > 0 ? words.join(" ") : null;

  const before = eventBefore(text, contextStart);
  if (before) {
    const what = noun && !before.entry.noun ? `${noun} ${before.entry.participle}` : noun;
    return { what, noun, event: before.entry, future: before.future, measure };
  }

  // After the phrase: "who had fled their homes" or "were killed".
  const relative = RELATIVE.has(tokens[i]?.lower ?? "");
  let j = relative ? i + 1 : i;
  let future = false;
  const clause: string[] = [];
  while (j < tokens.length && AUXILIARIES.has(tokens[j]?.lower ?? "")) {
    if (/^(will|would|to)$/.test(tokens[j]?.lower ?? "")) future = true;
    j++;
  }
  const verb = tokens[j];
  const entry = verb ? EVENT_WORDS.get(verb.lower) : undefined;
  if (!verb || !entry || entry.noun) {
    // Only now the adjective: in "1.3 million displaced Afghans were killed" the verb is the event.
    return { what: noun, noun, event: np.adjectiveEvent, future: false, measure };
  }
  if (relative && noun) {
    for (let k = j; k < tokens.length && clause.length < 5; k++) {
      const t = tokens[k] as Token;
      if (CLAUSE_STOP.has(t.lower) || /^\d/.test(t.word)) break;
      clause.push(t.word);
    }
    return { what: `${noun} ${tokens[i]?.word.toLowerCase()} ${clause.join(" ")}`, noun, event: entry, future, measure };
  }
  return { what: noun ? `${noun} ${entry.participle}` : null, noun, event: entry, future, measure };
}
