import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/w/desk/members?x=1")).toBe("/w/desk/members?x=1");
  });
  it("refuses other sites and odd schemes", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
