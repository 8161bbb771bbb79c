import { describe, expect, it } from "vitest";
import { normalizeArticleText } from "./normalize-text";

describe("normalizeArticleText", () => {
  it("composes to NFC so offsets do not depend on how the text was typed", () => {
    const decomposed = "Cafe\u0301 re\u0301sume\u0301";
    expect(normalizeArticleText(decomposed)).toBe("Café résumé");
    expect(normalizeArticleText(decomposed)).toHaveLength(11);
  });

  it("turns CRLF and CR into LF", () => {
    expect(normalizeArticleText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  it("turns tabs, NBSP and other Unicode spaces into one space", () => {
    expect(normalizeArticleText("a\tb\u00A0c\u2009d\u3000e\u202Ff")).toBe("a b c d e f");
    expect(normalizeArticleText("wide    gap \u00A0 here")).toBe("wide gap here");
  });

  it("trims lines and collapses 3+ newlines into one blank line", () => {
    expect(normalizeArticleText("  first   \n\n\n\n  second  \n \n \nthird\n")).toBe("first\n\nsecond\n\nthird");
  });

  it("keeps single line breaks and paragraph breaks", () => {
    expect(normalizeArticleText("line one\nline two\n\nparagraph two")).toBe("line one\nline two\n\nparagraph two");
  });

  it("keeps smart quotes, apostrophes, dashes and non-Latin letters as they are", () => {
    const text = "“We can take Daesh independently,” Shaheen said – Qatar’s capital. «Кабул» 北京 Ñandú";
    expect(normalizeArticleText(text)).toBe(text);
  });

  it("keeps ZWNJ and ZWJ (Persian words and emoji need them)", () => {
    const persian = "می\u200Cخواهم کتاب\u200Cها را بخوانم";
    expect(normalizeArticleText(persian)).toBe(persian);
    expect(normalizeArticleText("👩\u200D💻")).toBe("👩\u200D💻");
  });

  it("strips zero-width spaces, BOM, soft hyphens and bidi controls", () => {
    expect(normalizeArticleText("\uFEFFKun\u200Bduz\u00AD talks\u2060 \u202Eevil\u202C\u200F")).toBe("Kunduz talks evil");
  });

  it("removes control characters but keeps newlines", () => {
    expect(normalizeArticleText("a\u0000b\u0007c\u001Bd\u007F\u0085e\nf")).toBe("abcde\nf");
  });

  it("treats form feeds and Unicode separators as line structure", () => {
    expect(normalizeArticleText("page one\fpage two\u2028line\u2029para")).toBe("page one\npage two\nline\n\npara");
  });

  it("returns an empty string for whitespace-only input", () => {
    expect(normalizeArticleText(" \n\t\u00A0\r\n ")).toBe("");
  });

  it("is idempotent", () => {
    const once = normalizeArticleText("  A\u00A0 b\r\n\r\n\r\n\tc\u200B  ");
    expect(normalizeArticleText(once)).toBe(once);
  });
});
