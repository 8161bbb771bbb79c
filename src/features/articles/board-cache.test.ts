import { describe, expect, it } from "vitest";
import { BoardCache } from "./board-cache";

describe("BoardCache", () => {
  it("serves an entry only at the audit position it was read at", () => {
    const cache = new BoardCache<string>(10);
    cache.set("a1", "w1", 5, "board at 5");
    expect(cache.get("a1", "w1", 5)).toBe("board at 5");
    expect(cache.get("a1", "w1", 6)).toBeUndefined();
    expect(cache.get("a1", "w1", 4)).toBeUndefined();
  });

  it("never serves an article's board to a request naming another workspace", () => {
    const cache = new BoardCache<string>(10);
    cache.set("a1", "w1", 5, "board");
    expect(cache.get("a1", "w2", 5)).toBeUndefined();
  });

  it("evicts the least recently used entry beyond its capacity", () => {
    const cache = new BoardCache<string>(2);
    cache.set("a1", "w", 1, "one");
    cache.set("a2", "w", 1, "two");
    expect(cache.get("a1", "w", 1)).toBe("one");
    cache.set("a3", "w", 1, "three");
    expect(cache.size).toBe(2);
    expect(cache.get("a2", "w", 1)).toBeUndefined();
    expect(cache.get("a1", "w", 1)).toBe("one");
    expect(cache.get("a3", "w", 1)).toBe("three");
  });

  it("replaces an entry when the board is read again at a newer position", () => {
    const cache = new BoardCache<string>(2);
    cache.set("a1", "w", 1, "old");
    cache.set("a1", "w", 2, "new");
    expect(cache.size).toBe(1);
    expect(cache.get("a1", "w", 2)).toBe("new");
  });
});
