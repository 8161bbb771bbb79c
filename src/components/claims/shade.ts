/**
 * Shading by rank within the article, not by raw score: scores are for ranking
 * and not calibrated, so "the top few sentences of this article" is what a
 * reader should see at a glance.
 */
export function shadeLevels(sentences: readonly { id: string; score: number }[]): Map<string, 0 | 1 | 2 | 3> {
  const ranked = [...sentences].sort((a, b) => b.score - a.score);
  const levels = new Map<string, 0 | 1 | 2 | 3>();
  ranked.forEach((s, i) => {
    const share = i / Math.max(1, ranked.length);
    levels.set(s.id, i < 5 || share < 0.1 ? 3 : share < 0.25 ? 2 : share < 0.5 ? 1 : 0);
  });
  return levels;
}

export const SHADE_CLASSES = ["", "bg-amber-50 dark:bg-amber-950/40", "bg-amber-100 dark:bg-amber-900/50", "bg-amber-200 dark:bg-amber-800/60"] as const;
