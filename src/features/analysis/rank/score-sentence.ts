// Pure scoring: logistic regression over the hashed features of features.ts.
// The default weights are committed JSON (trained by scripts/train-ranker.ts),
// so nothing is downloaded or trained at run time.
import defaultModelJson from "./model/checkworthiness-model.json";
import { extractFeatures, type CheckworthinessReason } from "./features";

export interface RankerModel {
  version: number;
  /** Number of hash buckets the weights were trained with; must match extraction. */
  buckets: number;
  bias: number;
  /** Sparse weights, flattened as [bucket, weight, bucket, weight, ...] to keep the file small. */
  weights: number[];
  /**
   * How much the mean logit of a sentence's neighbours adds to its own in
   * `scoreSentences` (check-worthy claims come in runs); 0 turns context off.
   */
  neighbourWeight: number;
  /** Typical logit, subtracted from the neighbours' mean so context shifts scores up or down, not only up. */
  neighbourCentre: number;
  /**
   * Platt scaling fitted on cross-validated logits: score = sigmoid(scale·logit + offset).
   * Class weighting and strong regularisation distort raw logits; this maps them
   * back to "share of such sentences a fact-checker picked" in the training debates.
   */
  calibration: { scale: number; offset: number };
}

export interface SentenceScore {
  /** Check-worthiness in [0, 1]: calibrated on debates (base rate ~3%), so compare scores rather than read them as absolute. */
  score: number;
  reasons: CheckworthinessReason[];
}

export const defaultModel: RankerModel = defaultModelJson;

// Expanding the sparse weights once per model makes each lookup an array read.
const denseCache = new WeakMap<RankerModel, Float32Array>();

function denseWeights(model: RankerModel): Float32Array {
  let dense = denseCache.get(model);
  if (!dense) {
    dense = new Float32Array(model.buckets);
    const w = model.weights;
    for (let i = 0; i + 1 < w.length; i += 2) dense[w[i] as number] = w[i + 1] as number;
    denseCache.set(model, dense);
  }
  return dense;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const calibrated = (model: RankerModel, z: number): number => sigmoid(model.calibration.scale * z + model.calibration.offset);

/** Raw (uncalibrated) logit of one sentence plus its detected reasons. */
export function sentenceLogit(text: string, model: RankerModel = defaultModel): { logit: number; reasons: CheckworthinessReason[] } {
  const dense = denseWeights(model);
  const { indices, reasons } = extractFeatures(text, model.buckets);
  let z = model.bias;
  for (const j of indices) z += dense[j] as number;
  return { logit: z, reasons };
}

/** Scores one sentence on its own (no context); works for any news or speech sentence. */
export function scoreSentence(text: string, model: RankerModel = defaultModel): SentenceScore {
  const { logit, reasons } = sentenceLogit(text, model);
  return { score: calibrated(model, logit), reasons };
}

export interface ScoreOptions {
  model?: RankerModel;
  /**
   * Treat `texts` as consecutive sentences of one document and let neighbours
   * nudge each score (default true). Pass false for unrelated sentences.
   */
  useContext?: boolean;
}

/** Scores the sentences of one document, in order; same length and order as `texts`. */
export function scoreSentences(texts: readonly string[], options: ScoreOptions = {}): SentenceScore[] {
  const model = options.model ?? defaultModel;
  const own = texts.map((t) => sentenceLogit(t, model));
  const weight = options.useContext === false ? 0 : model.neighbourWeight;
  const logits = withNeighbours(
    own.map((o) => o.logit),
    weight,
    model.neighbourCentre,
  );
  return own.map((o, i) => ({ score: calibrated(model, logits[i] as number), reasons: o.reasons }));
}

/**
 * Adds `weight` × (mean logit of the previous and next sentence − `centre`)
 * to each logit. Shared with training so cross-validation measures exactly this.
 */
export function withNeighbours(logits: readonly number[], weight: number, centre = 0): number[] {
  if (weight === 0) return [...logits];
  return logits.map((z, i) => {
    const prev = logits[i - 1];
    const next = logits[i + 1];
    if (prev === undefined && next === undefined) return z;
    const around = prev === undefined ? (next as number) : next === undefined ? prev : (prev + next) / 2;
    return z + weight * (around - centre);
  });
}
