// Word lists behind the hand-made cues, keyed by the same hashes features.ts
// computes while scanning, so no token string is ever built at run time.
import { BIGRAM_SEED, UNIGRAM_SEED, fnv1a, key, wordHash } from "./chars";

export const NUMBER = 1, STAT = 2, COMP = 4, ATTR = 8, CAUSE = 16, DATE = 32, PERIOD_START = 64, PERIOD_END = 128, TOPIC = 256, NOT_SUPERLATIVE = 512, CAUSE_TAIL = 1024;

/** Unigram-hash key -> OR of the flags above. */
export const LEXICON = new Map<number, number>();
const uni = (w: string): number => key(wordHash(w, UNIGRAM_SEED));
function addWords(flag: number, list: string): void {
  for (const w of list.split(" ")) LEXICON.set(uni(w), (LEXICON.get(uni(w)) ?? 0) | flag);
}
addWords(NUMBER, "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens percent half");
addWords(STAT, "percent percentage rate rates average median ratio increase increased increases decrease decreased decreases doubled tripled quadrupled halved rose risen rising fell fallen grew grown growth dropped declined decline surged soared plunged record unemployment deficit debt gdp poll polls");
addWords(COMP, "than more less fewer most least best worst highest lowest largest biggest smallest greatest fastest slowest longest ever twice triple");
// "-est" words that are not superlatives, so the suffix rule does not fire on them.
addWords(NOT_SUPERLATIVE, "interest honest modest forest protest request suggest contest arrest harvest invest digest manifest earnest attest conquest inquest unrest behest detest infest midwest southwest northwest");
addWords(ATTR, "said says told reported reports according claimed claims stated announced tweeted wrote estimated estimates confirmed quoted spokesman spokeswoman spokesperson testified");
addWords(CAUSE, "because caused causes therefore consequently resulted blamed");
addWords(CAUSE_TAIL, "to of for result");
addWords(DATE, "yesterday ago decade decades century annually");
addWords(PERIOD_START, "last this next past previous");
addWords(PERIOD_END, "year years month months week weeks decade decades century summer winter spring fall quarter");
// Topics fact-checkers keep returning to (money, jobs, crime, migration); a
// digit-plus-these-words heuristic is a strong baseline, so the model gets it too.
addWords(TOPIC, "percent million millions billion billions trillion trillions tax taxes jobs deficit debt unemployment dollars wages income killed deaths crime murders immigrants refugees border economy");

/** Bigram-hash keys of two-word causal phrases ("as a result" = "a result" after "as"). */
export const CAUSAL_PAIRS = new Set(
  ["led to", "lead to", "leads to", "due to", "result of", "thanks to", "responsible for", "a result"].map((p) => {
    const [a = "", b = ""] = p.split(" ");
    return key(wordHash(b, fnv1a(" ", wordHash(a, BIGRAM_SEED))));
  }),
);
export const TIMES = uni("times"), RESULT = uni("result"), AS = uni("as");

/** Case-sensitive keys (plain FNV of the original text): "may" and "march" are usually not dates. */
export const MONTHS = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
    .split(" ")
    .map((m) => key(fnv1a(m))),
);
