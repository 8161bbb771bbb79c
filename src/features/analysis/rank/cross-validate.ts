// Pure, deterministic leave-one-debate-out cross-validation with hyperparameters
// chosen by an inner grouped CV on the training debates only, so the held-out
// debate never influences the choice made for it.
import { scoreSentences, sentenceLogit, withNeighbours, type RankerModel } from "./score-sentence";
import {
  averagePrecision,
  heuristicScore,
  logit,
  mean,
  toExample,
  toRankerModel,
  trainLogisticRegression,
  type Example,
  type TrainOptions,
} from "./train";

export interface Debate {
  name: string;
  sentences: { text: string; label: 0 | 1 }[];
}

export interface HyperParams extends TrainOptions {
  neighbourWeight: number;
}

// Small on purpose: 19 debates cannot support a fine search. Small AdaGrad
// rates act as the main regulariser (rare n-grams barely move) and heavy
// positive weighting helped in exploratory runs, hence the range.
export const TRAIN_GRID: TrainOptions[] = [0.0005, 0.001, 0.0025].flatMap((learningRate) =>
  [37, 100].map((positiveWeight) => ({ learningRate, positiveWeight, epochs: 10, seed: 42 })),
);
// Re-scored on held-out logits, so trying several costs no extra training.
export const NEIGHBOUR_WEIGHTS = [0, 0.25, 0.5];
export const INNER_FOLDS = 3;

export function featurise(debates: readonly Debate[]): Example[][] {
  return debates.map((d) => d.sentences.map((s) => toExample(s.text, s.label)));
}

/** Grouped k-fold over debates (round-robin by index); returns the best grid point by MAP. */
export function selectHyperParams(examples: readonly Example[][], folds = INNER_FOLDS): { params: HyperParams; map: number } {
  let best: { params: HyperParams; map: number } | undefined;
  for (const options of TRAIN_GRID) {
    const aps = NEIGHBOUR_WEIGHTS.map((): number[] => []);
    for (let f = 0; f < folds; f++) {
      const train = examples.filter((_, i) => i % folds !== f).flat();
      const trained = trainLogisticRegression(train, options);
      examples.forEach((debate, i) => {
        if (i % folds !== f) return;
        const z = debate.map((e) => logit(trained, e));
        const labels = debate.map((e) => e.label);
        NEIGHBOUR_WEIGHTS.forEach((nw, j) => aps[j]?.push(averagePrecision(withNeighbours(z, nw), labels)));
      });
    }
    NEIGHBOUR_WEIGHTS.forEach((neighbourWeight, j) => {
      const map = mean(aps[j] ?? []);
      if (!best || map > best.map) best = { params: { ...options, neighbourWeight }, map };
    });
  }
  if (!best) throw new Error("empty hyperparameter grid");
  return best;
}

/** Selects hyperparameters on `examples`, trains on all of them and compacts the model. */
export function fitRanker(
  examples: readonly Example[][],
  calibration: RankerModel["calibration"] = { scale: 1, offset: 0 },
): { model: RankerModel; params: HyperParams; innerMap: number } {
  const { params, map } = selectHyperParams(examples);
  const all = examples.flat();
  const trained = trainLogisticRegression(all, params);
  const neighbourCentre = mean(all.map((e) => logit(trained, e)));
  return { model: toRankerModel(trained, { neighbourWeight: params.neighbourWeight, neighbourCentre, calibration }), params, innerMap: map };
}

export interface FoldResult {
  name: string;
  sentences: number;
  positives: number;
  /** AP of the shipped scoring path (scoreSentences with neighbour context). */
  ap: number;
  /** AP of each sentence scored alone (scoreSentence, no context). */
  apNoContext: number;
  apHeuristic: number;
  params: HyperParams;
  /** Raw no-context logits of the held-out sentences, for fitting calibration out of fold. */
  logits: number[];
  labels: number[];
}

export function crossValidate(debates: readonly Debate[], onFold?: (r: FoldResult) => void): FoldResult[] {
  const examples = featurise(debates);
  return debates.map((debate, k) => {
    const { model, params } = fitRanker(examples.filter((_, i) => i !== k));
    // Score raw text through the run-time code path, with the compacted model,
    // so the numbers describe what ships.
    const texts = debate.sentences.map((s) => s.text);
    const labels = debate.sentences.map((s) => s.label);
    const result: FoldResult = {
      name: debate.name,
      sentences: texts.length,
      positives: labels.filter((l) => l === 1).length,
      ap: averagePrecision(scoreSentences(texts, { model }).map((s) => s.score), labels),
      apNoContext: averagePrecision(scoreSentences(texts, { model, useContext: false }).map((s) => s.score), labels),
      apHeuristic: averagePrecision(texts.map(heuristicScore), labels),
      params,
      logits: texts.map((t) => sentenceLogit(t, model).logit),
      labels,
    };
    onFold?.(result);
    return result;
  });
}
