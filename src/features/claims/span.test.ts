import { describe, expect, it } from "vitest";
import { moveBoundary, sentenceForSpan, spanMatches, spanProblem, splitSpan, trimSpan, unionSpan } from "./span";

const text = "Officials said 46 people died. Some 1,500 families will return.";

describe("claim spans", () => {
  it("trims whitespace around a selection", () => {
    expect(trimSpan(text, { start: 30, end: 45 })).toEqual({ start: 31, end: 45 });
  });
  it("explains spans that cannot be claims", () => {
    expect(spanProblem(text, { start: -1, end: 3 })).toMatch(/outside the article/);
    expect(spanProblem(text, { start: 0, end: text.length + 1 })).toMatch(/outside the article/);
    expect(spanProblem(text, { start: 30, end: 31 })).toMatch(/Select some words/);
    expect(spanProblem(text, { start: 0, end: 30 })).toBeNull();
  });
  it("finds the sentence holding a span, or the one it starts in", () => {
    const sentences = [{ id: "a", start: 0, end: 30 }, { id: "b", start: 31, end: text.length }];
    expect(sentenceForSpan(sentences, { start: 15, end: 29 })?.id).toBe("a");
    expect(sentenceForSpan(sentences, { start: 20, end: 40 })?.id).toBe("a");
    expect(sentenceForSpan(sentences, { start: 36, end: 50 })?.id).toBe("b");
  });
  it("merges and splits", () => {
    expect(unionSpan([{ start: 31, end: 40 }, { start: 0, end: 10 }])).toEqual({ start: 0, end: 40 });
    expect(splitSpan(text, { start: 0, end: text.length }, 30)).toEqual([{ start: 0, end: 30 }, { start: 31, end: text.length }]);
    expect(splitSpan(text, { start: 0, end: 30 }, 0)).toBeNull();
  });
  it("detects when the text no longer holds the quote", () => {
    expect(spanMatches(text, { start: 15, end: 17 }, "46")).toBe(true);
    expect(spanMatches(text.replace("46", "64"), { start: 15, end: 17 }, "46")).toBe(false);
  });
});

describe("moveBoundary", () => {
  const t = "The bombing killed 46 people on Friday.";
  const span = { start: 12, end: 28 }; // "killed 46 people"
  it("moves each edge by one word in both directions", () => {
    expect(t.slice(...Object.values(moveBoundary(t, span, "start", -1)) as [number, number])).toBe("bombing killed 46 people");
    expect(t.slice(...Object.values(moveBoundary(t, span, "start", 1)) as [number, number])).toBe("46 people");
    expect(t.slice(...Object.values(moveBoundary(t, span, "end", 1)) as [number, number])).toBe("killed 46 people on");
    expect(t.slice(...Object.values(moveBoundary(t, span, "end", -1)) as [number, number])).toBe("killed 46");
  });
  it("never empties the span", () => {
    const one = { start: 19, end: 21 }; // "46"
    expect(moveBoundary(t, one, "start", 1)).toEqual(one);
    expect(moveBoundary(t, one, "end", -1)).toEqual(one);
  });
});
