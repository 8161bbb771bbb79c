// Span lookups by binary search. Sentences handed to us can be huge (a table
// flattened into one "sentence"), so per-figure lookups must not scan every span.

export type Span = { start: number; end: number };

/** Index of the first span starting at or after `pos` (spans sorted by start, non-overlapping). */
export function lowerBound(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.start ?? Infinity) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) intersects one of `spans`. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  // Only the last span starting before `end` can reach into the range.
  const prev = spans[lowerBound(spans, end) - 1];
  return prev !== undefined && prev.end > start;
}
