// Pure training and evaluation for the check-worthiness ranker (no I/O here;
// scripts/train-ranker.ts does the file work). Deterministic given the seed.
import { DEFAULT_BUCKETS, extractFeatures } from "./features";
import type { RankerModel } from "./score-sentence";

/** A sentence as binary hashed features (see features.ts) with its label. */
export interface Example {
  indices: number[];
  label: 0 | 1;
}

export interface TrainOptions {
  buckets?: number;
  epochs?: number;
  /** AdaGrad base learning rate. */
  learningRate?: number;
  /** L2 strength, applied to the features of each example as it is visited. */
  l2?: number;
  /** Weight of a positive example; the data is ~1:37, so unweighted LR barely moves off the bias. */
  positiveWeight?: number;
  seed?: number;
}

export interface TrainedWeights {
  bias: number;
  weights: Float64Array;
}

/** Small seeded PRNG (mulberry32) so shuffles, and therefore models, are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function toExample(text: string, label: 0 | 1, buckets: number = DEFAULT_BUCKETS): Example {
  return { indices: extractFeatures(text, buckets).indices, label };
}

/** L2-regularised logistic regression trained with AdaGrad SGD over shuffled epochs. */
export function trainLogisticRegression(examples: readonly Example[], options: TrainOptions = {}): TrainedWeights {
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  const epochs = options.epochs ?? 8;
  const lr = options.learningRate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  const posWeight = options.positiveWeight ?? 1;
  const random = mulberry32(options.seed ?? 42);
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets);
  let bias = 0;
  let biasG2 = 0;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded RNG.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i] as number;
      order[i] = order[j] as number;
      order[j] = tmp;
    }
    for (const k of order) {
      const ex = examples[k] as Example;
      let z = bias;
      for (const j of ex.indices) z += w[j] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.label) * (ex.label === 1 ? posWeight : 1);
      for (const j of ex.indices) {
        const wj = w[j] as number;
        const grad = g + l2 * wj;
        const acc = (g2[j] as number) + grad * grad;
        g2[j] = acc;
        w[j] = wj - (lr * grad) / Math.sqrt(acc + 1e-8);
      }
      biasG2 += g * g;
      bias -= (lr * g) / Math.sqrt(biasG2 + 1e-8);
    }
  }
  return { bias, weights: w };
}

export function logit(model: TrainedWeights, ex: Pick<Example, "indices">): number {
  let z = model.bias;
  for (const j of ex.indices) z += model.weights[j] as number;
  return z;
}

/**
 * Average precision of a ranking: mean of precision@k over the ranks k of the
 * positives (CLEF CheckThat! definition). Ties keep input order (stable sort),
 * so callers should not rely on ties. Returns 0 when there is no positive.
 */
export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  let hits = 0;
  let sum = 0;
  order.forEach((idx, rank) => {
    if (labels[idx] === 1) {
      hits++;
      sum += hits / (rank + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Compact, committed model: the `maxWeights` largest weights (by magnitude),
 * 3 significant digits each. A hashed model touches ~10^5 buckets, most
 * carrying almost no signal, and the file must stay small. Significant digits
 * (not fixed decimals) because small learning rates give small weights.
 */
export function toRankerModel(
  trained: TrainedWeights,
  context: Pick<RankerModel, "neighbourWeight" | "neighbourCentre" | "calibration">,
  maxWeights = 20_000,
): RankerModel {
  const w = trained.weights;
  const kept = [...w.keys()]
    .filter((i) => w[i] !== 0)
    .sort((a, b) => Math.abs(w[b] as number) - Math.abs(w[a] as number) || a - b)
    .slice(0, maxWeights)
    .sort((a, b) => a - b);
  const round = (v: number): number => Number(v.toPrecision(3));
  const flat: number[] = [];
  for (const i of kept) flat.push(i, round(w[i] as number));
  return {
    version: 1,
    buckets: w.length,
    bias: round(trained.bias),
    weights: flat,
    neighbourWeight: context.neighbourWeight,
    neighbourCentre: round(context.neighbourCentre),
    calibration: { scale: round(context.calibration.scale), offset: round(context.calibration.offset) },
  };
}

/**
 * Platt scaling: 1-D logistic regression of labels on logits (Newton's method,
 * unweighted, tiny ridge for stability), fitted on out-of-fold logits.
 */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): { scale: number; offset: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 1e-6 * a, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-9;
    logits.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const r = p - (labels[i] ?? 0);
      const v = p * (1 - p);
      ga += r * z;
      gb += r;
      haa += v * z * z;
      hab += v * z;
      hbb += v;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { scale: a, offset: b };
}

// Baseline the model must beat: 2 points for any digit, 1 per money/jobs/
// statistics keyword. Mirrors the "digit-and-keyword heuristic" of the task README.
const HEURISTIC_KEYWORDS =
  /\b(?:percent|million|billion|trillion|tax|taxes|jobs|deficit|debt|unemployment|thousands|hundreds|dollars|increase|more than|less than|highest|lowest|largest|record)\b|%|\$/gi;

export function heuristicScore(text: string): number {
  return (/\d/.test(text) ? 2 : 0) + (text.match(HEURISTIC_KEYWORDS)?.length ?? 0);
}
