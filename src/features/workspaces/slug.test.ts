import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("lower-cases and joins words with dashes", () => {
    expect(slugify("  Kabul Fact Desk! ")).toBe("kabul-fact-desk");
  });
  it("drops accents but keeps non-Latin letters", () => {
    expect(slugify("Café Vérité")).toBe("cafe-verite");
    expect(slugify("میز راستی‌آزمایی")).toBe("میز-راستی-آزمایی");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("workspace");
  });
});
