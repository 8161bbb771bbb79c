import { describe, expect, it } from "vitest";
import { PUBLIC_STYLES } from "./public-styles";

describe("PUBLIC_STYLES", () => {
  it("stays small enough to inline in every page", () => {
    expect(new TextEncoder().encode(PUBLIC_STYLES).length).toBeLessThan(6 * 1024);
  });

  it("follows the system colour scheme and prints cleanly, with evidence URLs written out", () => {
    expect(PUBLIC_STYLES).toContain("@media (prefers-color-scheme:dark)");
    expect(PUBLIC_STYLES).toContain("@media print");
    expect(PUBLIC_STYLES).toMatch(/\.sources a\[href\^="http"\]::after\{content:" \(" attr\(href\) "\)"/);
  });

  it("shows keyboard focus", () => {
    expect(PUBLIC_STYLES).toMatch(/:focus-visible\{outline:3px solid/);
  });

  it("uses logical properties only, so right-to-left pages lay out too", () => {
    expect(PUBLIC_STYLES).not.toMatch(/(margin|padding|border)-(left|right)|[^-]\b(left|right):|text-align:(left|right)|float:/);
  });

  it("styles a badge for every tone and an outline-only one for unverified", () => {
    for (const tone of ["green", "teal", "amber", "red", "grey", "none"]) expect(PUBLIC_STYLES).toContain(`.b-${tone}{`);
    expect(PUBLIC_STYLES).toMatch(/\.b-none\{--b-bg:transparent;[^}]*border-style:dashed/);
  });

  it("cannot end its own <style> element", () => {
    expect(PUBLIC_STYLES).not.toMatch(/<\/style/i);
  });
});
