import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { MAX_ARTICLE_CHARS } from "./limits";
import { looksBinary, validateArticleText } from "./validate-article-text";

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("validateArticleText", () => {
  it("accepts ordinary text and returns it", () => {
    expect(validateArticleText("The Taliban said on Saturday…")).toBe("The Taliban said on Saturday…");
  });

  it("refuses empty and whitespace-only text with a field error", () => {
    for (const text of ["", "   \n\t  "]) {
      const error = errorOf(() => validateArticleText(text));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ text: "The article is empty. Paste its text, upload a file or give a URL." });
    }
  });

  it("refuses text over the limit, saying how large it is", () => {
    const error = errorOf(() => validateArticleText("a".repeat(MAX_ARTICLE_CHARS + 400_000)));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.text).toMatch(/^The article is too long: 2\.4 MB\. The limit is 2 MB\./);
  });

  it("accepts text exactly at the limit", () => {
    expect(() => validateArticleText("a".repeat(MAX_ARTICLE_CHARS))).not.toThrow();
  });

  it("refuses binary-looking content", () => {
    const error = errorOf(() => validateArticleText("PK\u0003\u0004\u0000\u0000binary"));
    expect(error.fieldErrors?.text).toMatch(/does not look like text/);
    expect(() => validateArticleText("\uFFFD\uFFFDab\uFFFD")).toThrow(/does not look like text/);
  });

  it("uses the field name the caller gives", () => {
    expect(errorOf(() => validateArticleText("", { field: "file" })).fieldErrors).toHaveProperty("file");
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes and a high share of control or replacement characters", () => {
    expect(looksBinary("text\u0000")).toBe(true);
    expect(looksBinary("\u0001\u0002\u0003abcdefg")).toBe(true);
    expect(looksBinary("\uFFFD".repeat(2) + "x".repeat(10))).toBe(true);
  });

  it("tolerates a few stray characters and normal whitespace", () => {
    expect(looksBinary(`one stray \uFFFD in ${"a long line of text ".repeat(5)}\r\n\ttabbed`)).toBe(false);
    expect(looksBinary("")).toBe(false);
  });
});
