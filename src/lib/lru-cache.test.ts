import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

describe("LruCache", () => {
  it("evicts the entry read least recently beyond its capacity", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("replaces an entry set again without growing", () => {
    const cache = new LruCache<string, string>(2);
    cache.set("a", "old");
    cache.set("a", "new");
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe("new");
  });

  it("keeps nothing at capacity 0", () => {
    const cache = new LruCache<string, string>(0);
    cache.set("a", "x");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
