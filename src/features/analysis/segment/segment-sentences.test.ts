// Fixture source: __fixtures__/kunduz-doha-talks.txt is a verbatim copy of
// shared/samples/kunduz-doha-talks.txt (beside the checkout) (an AP-credited story on the Oct. 2021 Doha talks).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EDGE_CASES } from "./edge-cases";
import { segmentSentences, type SentenceSpan } from "./segment-sentences";

const split = (s: string): string[] => segmentSentences(s).map((x) => x.text);

/** Every span must be a trimmed, in-order slice of the input with a 0-based running index. */
function expectWellFormed(input: string, spans: SentenceSpan[]): void {
  let prevEnd = 0;
  spans.forEach((span, i) => {
    expect(span.index).toBe(i);
    expect(span.text).toBe(input.slice(span.start, span.end));
    expect(span.text).toBe(span.text.trim());
    expect(span.text.length).toBeGreaterThan(0);
    expect(span.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = span.end;
  });
  // Nothing but whitespace may fall between (or around) the spans.
  let rest = "";
  let at = 0;
  for (const span of spans) {
    rest += input.slice(at, span.start);
    at = span.end;
  }
  rest += input.slice(at);
  expect(rest.trim()).toBe("");
}

describe("segmentSentences edge cases", () => {
  const categories = [...new Set(EDGE_CASES.map((c) => c.category))];
  it("has a sizeable suite", () => {
    expect(EDGE_CASES.length).toBeGreaterThanOrEqual(120);
  });
  for (const category of categories) {
    describe(category, () => {
      for (const c of EDGE_CASES.filter((x) => x.category === category)) {
        it(JSON.stringify(c.input), () => {
          expect(split(c.input)).toEqual(c.expected);
          expectWellFormed(c.input, segmentSentences(c.input));
        });
      }
    });
  }
});

describe("segmentSentences contract", () => {
  it("returns [] for empty or whitespace-only input", () => {
    expect(segmentSentences("")).toEqual([]);
    expect(segmentSentences(" \n\t\u00a0\u3000 ")).toEqual([]);
  });

  it("reports UTF-16 offsets, also after astral characters", () => {
    const input = "  \u{1F600} Emoji first. Then \u{1D400} math.  ";
    const spans = segmentSentences(input);
    expect(spans.map((s) => s.text)).toEqual(["\u{1F600} Emoji first.", "Then \u{1D400} math."]);
    expect(spans[0]?.start).toBe(2);
    expectWellFormed(input, spans);
  });

  it("keeps the closing quote and bracket with the first sentence", () => {
    expect(split('He said "Go." (It worked.) Fine.')).toEqual(['He said "Go."', "(It worked.)", "Fine."]);
  });

  it("keeps the span invariants on random inputs built from tricky pieces", () => {
    const pieces = ["a", "B", "1", " ", "\n", "\n\n", ".", "!", "?", "\u2026", '"', "\u201c", "\u201d", "\u2018",
      "\u2019", "(", ")", "[", "]", "\u2022", "-", ":", "U.S.", "Mr.", "a.m.", "1.", "a)", "\u3002", "\u0964",
      "\u061f", "\u200f", "\u00a0", "\r\n", "\u{1F600}", "http://x.y/z.", "etc.", ". . .", "\u00b9", "\u300c", "\u300d"];
    let seed = 42;
    const rnd = (k: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % k;
    };
    for (let t = 0; t < 1500; t++) {
      let input = "";
      for (let i = rnd(30); i > 0; i--) input += pieces[rnd(pieces.length)];
      expectWellFormed(input, segmentSentences(input));
    }
  });

  it("handles large generated input without losing text", () => {
    const unit = "Mr. Smith paid $1.5 million on Oct. 9. “We will win,” he said. Then he left… ";
    const input = unit.repeat(2000);
    const spans = segmentSentences(input);
    expect(spans).toHaveLength(6000);
    expectWellFormed(input, spans);
  });
});

describe("kunduz-doha-talks fixture", () => {
  const text = readFileSync(new URL("./__fixtures__/kunduz-doha-talks.txt", import.meta.url), "utf8");
  const sentences = split(text);

  it("is well formed", () => {
    expectWellFormed(text, segmentSentences(text));
  });

  it("does not split numbers, dates or quotations", () => {
    expect(sentences).toContain(
      "A senior Taliban refugee official, Mohammed Arsa Kharoti, said there were 1.3 million Afghans who had fled their homes since the previous wars and that the Taliban lacked the funds to plan for repatriation to all.",
    );
    expect(sentences).toContain(
      "He said the Taliban had planned for the return of 1,500 families who had left their homes so far.",
    );
    expect(sentences).toContain(
      "Relatives and residents worship during a suicide funeral procession at the Gozar-e-Sayed Abad Mosque in Kunduz, northern Afghanistan, Saturday, October 9, 2021.",
    );
    expect(sentences).toContain("\u201cWinter is on its way. There is no wood. We need water and food,\u201d he said.");
    expect(sentences).toContain(
      "\u201cWe can take Daesh independently,\u201d Shaheen said, when asked if the Taliban would work with the US to establish Islamic State ties.",
    );
    for (const s of sentences) {
      // Every quotation that opens in a sentence closes in it.
      expect(s.split("\u201c").length, s).toBe(s.split("\u201d").length);
      expect(s).not.toMatch(/\b1\.$/);
    }
  });

  it("splits the headline, paragraphs and credits", () => {
    expect(sentences[0]).toBe("The Taliban say they will not work with the US to have an Islamic State");
    expect(sentences).toContain("(AP Photo / Abdullah Sahil)");
    expect(sentences).toContain("Click here for the FOX NEWS APP");
    expect(sentences.at(-1)).toBe("Leave a Comment");
    expect(sentences).toHaveLength(42);
  });

  it("gives the same sentences when the paragraphs are hard-wrapped", () => {
    const wrap = (paragraph: string, width: number): string => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(" ")) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join("\n");
    };
    for (const width of [40, 60, 72, 80]) {
      const wrapped = text.split("\n").map((p) => wrap(p, width)).join("\n");
      expect(split(wrapped).map((s) => s.replace(/\n/g, " "))).toEqual(sentences);
    }
  });
});
