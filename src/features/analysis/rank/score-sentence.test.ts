import { describe, expect, it } from "vitest";
import { DEFAULT_BUCKETS, extractFeatures, REASON_LABELS, REASONS, type CheckworthinessReason } from "./features";
import { defaultModel, scoreSentence, scoreSentences, withNeighbours } from "./score-sentence";

const AFGHANS = "More than 1.3 million Afghans have fled their homes since the Taliban took power.";
const THANKS = "Thank you very much.";

describe("extractFeatures reasons", () => {
  const cases: [string, CheckworthinessReason[]][] = [
    [AFGHANS, ["quantity", "comparison", "named_entity"]],
    [THANKS, []],
    ["The U.S. and NATO said unemployment rose 5% in March 2020 because of the pandemic.", ["quantity", "statistic", "attribution", "named_entity", "date", "causal"]],
    ["As a result, prices are the highest ever.", ["comparison", "causal"]],
    ["It was three times larger than last year.", ["quantity", "statistic", "comparison", "date"]],
    ["According to the report, crime fell.", ["statistic", "attribution"]],
    ["He spent $40 on it.", ["quantity"]],
    // Lowercase "may"/"march" are not dates; "interest" is not a superlative; "I" is not a name.
    ["I said that in may we march with interest.", ["attribution"]],
    ["We met in Kunduz on Friday.", ["named_entity", "date"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(extractFeatures(text).reasons).toEqual(expected);
  });

  it("returns unique bucket indices within range", () => {
    const { indices } = extractFeatures("USA, USA, USA, the USA is great, great, great.");
    expect(new Set(indices).size).toBe(indices.length);
    for (const i of indices) expect(i >= 0 && i < DEFAULT_BUCKETS).toBe(true);
  });

  it("collapses numbers so different figures share features", () => {
    expect(extractFeatures("They lost 46 jobs.").indices).toEqual(extractFeatures("They lost 1,500 jobs.").indices);
    expect(extractFeatures("They lost 46 jobs.").indices).not.toEqual(extractFeatures("They lost many jobs.").indices);
  });

  it("has an English label for every reason", () => {
    for (const r of REASONS) expect(REASON_LABELS[r]).toMatch(/^[A-Z]/);
  });
});

describe("scoreSentence", () => {
  it("gives scores in [0, 1], also for empty or odd input", () => {
    for (const text of [AFGHANS, THANKS, "", "???", "ÉTATS-UNIS — 😀 “quote”", "x".repeat(5000)]) {
      const { score } = scoreSentence(text);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("ranks a factual claim above a pleasantry", () => {
    expect(scoreSentence(AFGHANS).score).toBeGreaterThan(scoreSentence(THANKS).score);
    expect(scoreSentence(AFGHANS).reasons).toContain("quantity");
  });

  it("prefers statistics over opinions", () => {
    const claim = scoreSentence("Unemployment rose by 5 percent last year, the highest rate in a decade.").score;
    const opinion = scoreSentence("I think we have to work together and I believe in this country.").score;
    expect(claim).toBeGreaterThan(opinion);
  });
});

describe("scoreSentences", () => {
  const doc = [THANKS, AFGHANS, "That is what happened.", "Good night."];

  it("without context equals scoring each sentence alone", () => {
    const scores = scoreSentences(doc, { useContext: false }).map((s) => s.score);
    expect(scores).toEqual(doc.map((t) => scoreSentence(t).score));
  });

  it("lets a check-worthy neighbour lift a sentence", () => {
    const middle = "That is what happened.";
    const nearClaims = scoreSentences([AFGHANS, middle, "Taxes rose by 12 percent in 2019."])[1]?.score ?? 0;
    const nearChat = scoreSentences([THANKS, middle, "Good night."])[1]?.score ?? 1;
    expect(defaultModel.neighbourWeight).toBeGreaterThan(0);
    expect(nearClaims).toBeGreaterThan(nearChat);
  });

  it("keeps order and length", () => {
    const scored = scoreSentences(doc);
    expect(scored).toHaveLength(doc.length);
    expect(scored[1]?.reasons).toEqual(scoreSentence(AFGHANS).reasons);
  });
});

describe("withNeighbours", () => {
  it("adds weight × (neighbour mean − centre)", () => {
    expect(withNeighbours([1, 3, 5], 0.5, 1)).toEqual([1 + 0.5 * (3 - 1), 3 + 0.5 * (3 - 1), 5 + 0.5 * (3 - 1)]);
    expect(withNeighbours([2], 0.5)).toEqual([2]);
    expect(withNeighbours([1, 2], 0)).toEqual([1, 2]);
  });
});

describe("default model", () => {
  it("stays small", () => {
    expect(JSON.stringify(defaultModel).length).toBeLessThan(400_000);
    expect(defaultModel.buckets).toBe(DEFAULT_BUCKETS);
    expect(defaultModel.weights.length).toBeGreaterThan(1000);
  });
});
