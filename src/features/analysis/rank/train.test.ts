import { describe, expect, it } from "vitest";
import { crossValidate, type Debate } from "./cross-validate";
import { scoreSentences } from "./score-sentence";
import {
  averagePrecision,
  fitPlatt,
  heuristicScore,
  logit,
  mean,
  mulberry32,
  toExample,
  toRankerModel,
  trainLogisticRegression,
  type Example,
} from "./train";

describe("averagePrecision", () => {
  it("matches hand-computed values", () => {
    expect(averagePrecision([0.9, 0.8, 0.7, 0.6], [1, 1, 0, 0])).toBe(1);
    // Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
    expect(averagePrecision([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0])).toBeCloseTo(5 / 6, 12);
    // Single positive ranked last of four.
    expect(averagePrecision([0.9, 0.8, 0.7, 0.6], [0, 0, 0, 1])).toBe(0.25);
    // Input order is irrelevant: the positive (0.1) is ranked third.
    expect(averagePrecision([0.1, 0.9, 0.5], [1, 0, 0])).toBeCloseTo(1 / 3, 12);
    // Positives at ranks 2 and 4: (1/2 + 2/4) / 2.
    expect(averagePrecision([4, 3, 2, 1], [0, 1, 0, 1])).toBe(0.5);
  });

  it("is 0 without positives", () => {
    expect(averagePrecision([1, 2], [0, 0])).toBe(0);
  });
});

describe("mulberry32", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = mulberry32(5);
    const b = mulberry32(5);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(6)()).not.toBe(xs[0]);
  });
});

const POSITIVE = [
  "Taxes rose by 12 percent in 2015.",
  "We lost 70,000 factories and 3 million jobs.",
  "The deficit is $500 billion this year.",
  "Unemployment fell to 4 percent last year.",
  "Crime went up by 20 percent in Chicago.",
  "Wages dropped by $4,000 since 2000.",
];
const NEGATIVE = ["Thank you very much.", "Good evening, everyone.", "I think we can do better.", "Let me finish.", "We love our country.", "That is not true at all."];
const toy = (texts: string[], label: 0 | 1): Example[] => texts.map((t) => toExample(t, label));

describe("trainLogisticRegression", () => {
  const train = [...toy(POSITIVE, 1), ...toy(NEGATIVE, 0)];
  const opts = { epochs: 20, learningRate: 0.1, positiveWeight: 1, seed: 1 };

  it("ranks unseen toy positives first", () => {
    const model = trainLogisticRegression(train, opts);
    const test = [...toy(["Debt grew by $2 trillion in 2016.", "Jobs fell 5 percent."], 1), ...toy(["Thank you, everyone.", "I think so."], 0)];
    const scores = test.map((e) => logit(model, e));
    expect(averagePrecision(scores, test.map((e) => e.label))).toBe(1);
  });

  it("is deterministic for a seed", () => {
    const a = trainLogisticRegression(train, opts);
    const b = trainLogisticRegression(train, opts);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });

  it("compacts to a model that ranks like the full weights", () => {
    const trained = trainLogisticRegression(train, opts);
    const model = toRankerModel(trained, { neighbourWeight: 0, neighbourCentre: 0, calibration: { scale: 1, offset: 0 } }, 50);
    expect(model.weights.length).toBeLessThanOrEqual(100);
    const texts = ["Taxes rose 9 percent.", "Thank you."];
    const [claim, thanks] = scoreSentences(texts, { model }).map((s) => s.score);
    expect(claim).toBeGreaterThan(thanks ?? 1);
  });
});

describe("fitPlatt", () => {
  it("recovers a known logistic mapping", () => {
    const random = mulberry32(3);
    const z = Array.from({ length: 20_000 }, () => random() * 8 - 4);
    const y = z.map((v) => (random() < 1 / (1 + Math.exp(-(2 * v - 1))) ? 1 : 0));
    const { scale, offset } = fitPlatt(z, y);
    expect(scale).toBeCloseTo(2, 0);
    expect(offset).toBeCloseTo(-1, 0);
  });
});

describe("heuristicScore", () => {
  it("counts digits and keywords", () => {
    expect(heuristicScore("Taxes went up 5 percent.")).toBe(4);
    expect(heuristicScore("It cost $3 million in taxes.")).toBe(5);
    expect(heuristicScore("Hello there.")).toBe(0);
  });
});

describe("crossValidate", () => {
  it("reports per-debate AP on toy debates with positives ranked first", () => {
    const debate = (name: string, shift: number): Debate => ({
      name,
      sentences: [
        ...NEGATIVE.map((text) => ({ text, label: 0 as const })),
        ...POSITIVE.map((text, i) => ({ text: text.replace(/\d+/, String(7 + i + shift)), label: 1 as const })),
      ],
    });
    const folds = crossValidate([debate("a", 0), debate("b", 10), debate("c", 20), debate("d", 30)]);
    expect(folds.map((f) => f.name)).toEqual(["a", "b", "c", "d"]);
    expect(mean(folds.map((f) => f.ap))).toBeGreaterThan(0.9);
    for (const f of folds) expect(f.logits).toHaveLength(12);
  });
});
