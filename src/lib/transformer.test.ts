import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { isPlainJson, transformer } from "./transformer";

const roundTrip = <T>(value: T): T => transformer.deserialize<T>(JSON.parse(JSON.stringify(transformer.serialize(value))));

describe("isPlainJson", () => {
  it("accepts what JSON carries unchanged", () => {
    expect(isPlainJson({ a: [1, "x", true, null, { b: 2.5 }], c: {} })).toBe(true);
    expect(isPlainJson(Object.create(null))).toBe(true);
  });

  it.each([
    ["a Date", { at: new Date(0) }],
    ["undefined", { a: undefined }],
    ["NaN", [Number.NaN]],
    ["Infinity", { n: Infinity }],
    ["-0", { n: -0 }],
    ["a bigint", { n: 1n }],
    ["a Map", { m: new Map() }],
    ["a Set", [new Set([1])]],
    ["a class instance", { e: new Error("x") }],
    ["a regular expression", { r: /x/ }],
  ])("refuses %s anywhere inside", (_name, value) => {
    expect(isPlainJson(value)).toBe(false);
  });
});

describe("transformer", () => {
  it("sends plain JSON as is, readable by plain superjson", () => {
    const value = { claims: [{ id: "c1", facts: [{ value: 46 }] }], seq: 12 };
    const wire = transformer.serialize(value);
    expect(wire).toEqual({ json: value });
    expect(superjson.deserialize(wire as never)).toEqual(value);
  });

  it("still restores Dates, undefined, bigints and Maps exactly as superjson does", () => {
    const value = { at: new Date("2026-11-26T03:00:00Z"), gone: undefined, seq: 9007199254740993n, m: new Map([["k", 1]]), nested: [{ d: new Date(5) }] };
    expect(roundTrip(value)).toEqual(value);
    expect(transformer.serialize(value)).toEqual(superjson.serialize(value));
  });
});
