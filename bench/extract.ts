/**
 * bench/extract: on the same ~1 MB of news-like text, in one run, how fast is
 * our analysis (split + score + facts) and our splitter alone, next to
 * Intl.Segmenter and the npm sentence-splitter; and how many of our edge cases
 * each splitter gets exactly right. Prints a table; run with `npm run bench:extract`.
 */
import fs from "node:fs";
import { split as splitterSplit } from "sentence-splitter";
import { analyzeText } from "@/features/analysis/analyze-text";
import { EDGE_CASES } from "@/features/analysis/segment/edge-cases";
import { segmentSentences } from "@/features/analysis/segment/segment-sentences";

const TARGET_BYTES = 1_000_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function newsLikeText(): string {
  const sample = fs.readFileSync(new URL("../src/features/demo/fixtures/kunduz-doha-talks.txt", import.meta.url), "utf8");
  const pieces = [sample, ...EDGE_CASES.map((c) => c.input)];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    // Vary the figures so the text is not one string repeated.
    const piece = (pieces[i % pieces.length] ?? "").replace(/\d+/g, (d) => String((Number(d) + i) % 10_000));
    parts.push(piece);
    size += Buffer.byteLength(piece) + 2;
  }
  return parts.join("\n\n");
}

type Splitter = { name: string; split: (text: string) => string[] };

const intl = new Intl.Segmenter("en", { granularity: "sentence" });
const splitters: Splitter[] = [
  { name: "factdesk segmentSentences", split: (t) => segmentSentences(t).map((s) => s.text) },
  // Fed paragraph by paragraph: on one 1 MB string V8 copies the whole input into
  // every segment object and runs out of memory. Paragraphs never share a sentence anyway.
  { name: "Intl.Segmenter", split: (t) => t.split(/\n\s*\n/).flatMap((p) => [...intl.segment(p)].map((s) => s.segment.trim()).filter(Boolean)) },
  // Also paragraph by paragraph: on one 1 MB string it did not finish in 5 minutes (superlinear).
  { name: "sentence-splitter (npm)", split: (t) => t.split(/\n\s*\n/).flatMap((p) => splitterSplit(p).filter((n) => n.type === "Sentence").map((n) => n.raw.trim()).filter(Boolean)) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => unknown): number {
  fn(); // warm-up: JIT and caches
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

function passRate(splitter: Splitter): string {
  const passed = EDGE_CASES.filter((c) => JSON.stringify(splitter.split(c.input)) === JSON.stringify(c.expected)).length;
  return `${passed}/${EDGE_CASES.length} (${((100 * passed) / EDGE_CASES.length).toFixed(1)} %)`;
}

const text = newsLikeText();
const mb = Buffer.byteLength(text) / 1e6;
console.log(`Input: ${mb.toFixed(2)} MB of news-like text, ${ROUNDS} timed rounds each (median), Node ${process.version}\n`);
const rows: string[][] = [["what", "ms", "MB/s", "sentences", "edge cases right"]];
const full = time(() => analyzeText(text));
rows.push(["factdesk analyzeText (split+score+facts)", full.toFixed(1), (mb / (full / 1000)).toFixed(2), String(analyzeText(text).length), "—"]);
for (const s of splitters) {
  const ms = time(() => s.split(text));
  rows.push([s.name, ms.toFixed(1), (mb / (ms / 1000)).toFixed(2), String(s.split(text).length), passRate(s)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log(`\nTarget: 1 MB analysed in under 1000 ms on one core, and faster than sentence-splitter.`);
