/**
 * Batch analysis from the command line (no database, no server):
 *
 *   npm run --silent claims -- [--lines] [FILE ...]      (standard input when no FILE)
 *
 * Without --lines: a JSON array, one object per input,
 *   { "file", "sentences": [ { "text", "start", "end", "score", "reasons", "facts" } ] }
 * with sentence texts exactly as in the input (trimmed) and offsets into it.
 * With --lines: every input line is one sentence; prints one score per line, nothing else.
 */
import fs from "node:fs";
import { analyzeText } from "@/features/analysis/analyze-text";
import { scoreSentences } from "@/features/analysis/rank/score-sentence";

function readInput(file: string): string {
  const text = fs.readFileSync(file === "-" ? 0 : file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function linesOf(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines;
}

function main(argv: string[]): number {
  const linesMode = argv.includes("--lines");
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--lines");
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown[0]}. Usage: npm run --silent claims -- [--lines] [FILE ...]\n`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith("--"));
  const inputs = files.length ? files : ["-"];
  for (const file of inputs) {
    if (file !== "-" && !fs.existsSync(file)) {
      process.stderr.write(`No such file: ${file}\n`);
      return 1;
    }
  }
  if (linesMode) {
    const out: string[] = [];
    // Each file is one document: neighbouring lines inform each other's scores.
    for (const file of inputs) for (const { score } of scoreSentences(linesOf(readInput(file)))) out.push(score.toFixed(6));
    process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
    return 0;
  }
  const result = inputs.map((file) => ({
    file,
    sentences: analyzeText(readInput(file)).map(({ text, start, end, score, reasons, facts }) => ({ text, start, end, score, reasons, facts })),
  }));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
