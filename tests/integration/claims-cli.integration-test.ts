import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Runs the CLI exactly as documented: `npm run --silent claims -- ARGS`. */
function claims(args: string[], stdin?: string) {
  const result = spawnSync("npm", ["run", "--silent", "claims", "--", ...args], { input: stdin, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-cli-"));
const article = path.join(dir, "article.txt");
const ARTICLE = "  Officials said 46 people were killed in Kunduz on Friday.   The U.S. envoy arrived at 9 a.m. on Saturday.\n\nThank you.\n";
fs.writeFileSync(article, ARTICLE);

describe("npm run --silent claims", () => {
  it("prints a JSON array, one object per file, with sentences exactly as in the input and offsets into it", () => {
    const { status, stdout } = claims([article]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { file: string; sentences: { text: string; start: number; end: number; score: number; reasons: string[]; facts: { value: number }[] }[] }[];
    expect(result).toHaveLength(1);
    expect(result[0]!.file).toBe(article);
    const sentences = result[0]!.sentences;
    expect(sentences.map((s) => s.text)).toEqual([
      "Officials said 46 people were killed in Kunduz on Friday.",
      "The U.S. envoy arrived at 9 a.m. on Saturday.",
      "Thank you.",
    ]);
    for (const s of sentences) {
      expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(Object.keys(s).sort()).toEqual(["end", "facts", "reasons", "score", "start", "text"]);
    }
    expect(sentences[0]!.facts.map((f) => f.value)).toContain(46);
    expect(sentences[0]!.reasons).toContain("quantity");
    expect(sentences[0]!.score).toBeGreaterThan(sentences[2]!.score);
  });

  it("reads standard input when no file is given, and handles several files", () => {
    const fromStdin = JSON.parse(claims([], "One sentence here. Another one.").stdout);
    expect(fromStdin).toHaveLength(1);
    expect(fromStdin[0].sentences.map((s: { text: string }) => s.text)).toEqual(["One sentence here.", "Another one."]);
    const two = JSON.parse(claims([article, article]).stdout);
    expect(two).toHaveLength(2);
  });

  it("with --lines prints one score per input line and nothing else", () => {
    const lines = path.join(dir, "lines.txt");
    fs.writeFileSync(lines, "We created 1.2 million jobs last year.\r\nThank you all.\nUnemployment fell to 4 percent.\n");
    const { status, stdout, stderr } = claims(["--lines", lines]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    const out = stdout.split("\n");
    expect(out.pop()).toBe("");
    expect(out).toHaveLength(3);
    for (const line of out) expect(line).toMatch(/^(0|1)(\.\d+)?$/);
    const [jobs, thanks, unemployment] = out.map(Number);
    expect(jobs!).toBeGreaterThan(thanks!);
    expect(unemployment!).toBeGreaterThan(thanks!);
  });

  it("says which file is missing", () => {
    const { status, stderr } = claims([path.join(dir, "nope.txt")]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/No such file: .*nope\.txt/);
  });
});
