import { describe, expect, it } from "vitest";
import { formatSize } from "./limits";

describe("formatSize", () => {
  it("says sizes in MB or KB the way people do", () => {
    expect(formatSize(2_000_000)).toBe("2 MB");
    expect(formatSize(2_400_000)).toBe("2.4 MB");
    expect(formatSize(12_345_678)).toBe("12 MB");
    expect(formatSize(100_000)).toBe("100 KB");
    expect(formatSize(800)).toBe("1 KB");
  });
});
