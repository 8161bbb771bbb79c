import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { escapeLike, parseSearchQuery } from "./search-query";

describe("parseSearchQuery", () => {
  it("trims, collapses spaces and escapes LIKE wildcards", () => {
    expect(parseSearchQuery("  46   killed \n")).toEqual({ text: "46 killed", likePattern: "%46 killed%" });
    expect(parseSearchQuery("100% of_it").likePattern).toBe("%100\\% of\\_it%");
    expect(escapeLike("a\\b")).toBe("a\\\\b");
  });

  it("accepts Arabic-script words and numbers of three or more characters", () => {
    expect(parseSearchQuery("ولسوالی").text).toBe("ولسوالی");
    expect(parseSearchQuery("کابل").text).toBe("کابل");
    expect(parseSearchQuery("1,500").text).toBe("1,500");
  });

  it("normalises to NFC, like stored article text", () => {
    expect(parseSearchQuery("Cafe\u0301 owners").text).toBe("Café owners");
  });

  it.each(["", "   ", "ab", "a b c", "%%%", "..", "1,5"])("refuses %j with a message naming what to type", (raw) => {
    let error: unknown;
    try {
      parseSearchQuery(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).fieldErrors?.query).toMatch(/Type /);
  });
});
