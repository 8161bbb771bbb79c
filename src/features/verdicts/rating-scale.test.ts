import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  DEFAULT_RATING_SCALE,
  findRating,
  parseRatingScale,
  type Rating,
  ratingIds,
  ZRatingScaleSchema,
} from "./rating-scale";

const custom: Rating[] = [
  { id: "correct", label: "Correct", value: 10, tone: "green" },
  { id: "half", label: "Half true", value: 0, tone: "amber" },
  { id: "wrong", label: "Wrong", value: -10, tone: "red" },
  { id: "satire", label: "Satire", value: null, tone: "grey" },
];

describe("DEFAULT_RATING_SCALE", () => {
  it("runs from True (best) to False (worst), with Unverifiable off the scale", () => {
    expect(DEFAULT_RATING_SCALE.ratings.map((r) => [r.id, r.label, r.value, r.tone])).toEqual([
      ["true", "True", 5, "green"],
      ["mostly-true", "Mostly true", 4, "teal"],
      ["misleading", "Misleading", 2, "amber"],
      ["false", "False", 1, "red"],
      ["unverifiable", "Unverifiable", null, "grey"],
    ]);
    expect(DEFAULT_RATING_SCALE.best).toBe(5);
    expect(DEFAULT_RATING_SCALE.worst).toBe(1);
  });

  it("cannot be changed in place by a caller", () => {
    expect(() => DEFAULT_RATING_SCALE.ratings.push(custom[0] as Rating)).toThrow(TypeError);
    expect(() => {
      (DEFAULT_RATING_SCALE.ratings[0] as Rating).label = "Changed";
    }).toThrow(TypeError);
    expect(DEFAULT_RATING_SCALE.ratings).toHaveLength(5);
  });

  it("passes its own validation", () => {
    expect(ZRatingScaleSchema.safeParse(DEFAULT_RATING_SCALE.ratings).success).toBe(true);
  });
});

describe("parseRatingScale", () => {
  it("uses the default for null or undefined", () => {
    expect(parseRatingScale(null)).toBe(DEFAULT_RATING_SCALE);
    expect(parseRatingScale(undefined)).toBe(DEFAULT_RATING_SCALE);
  });

  it("reads a stored list of ratings and derives best and worst", () => {
    expect(parseRatingScale(custom)).toEqual({ ratings: custom, best: 10, worst: -10 });
  });

  it("also reads a stored scale object, ignoring stored bounds", () => {
    expect(parseRatingScale({ ratings: custom, best: 99, worst: 99 })).toEqual({ ratings: custom, best: 10, worst: -10 });
  });

  it("trims labels", () => {
    const scale = parseRatingScale([{ ...custom[0], label: "  Correct " }, custom[2]]);
    expect(scale.ratings[0]?.label).toBe("Correct");
  });

  it("accepts the limits exactly", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `r-${i}`, label: "x".repeat(40), value: i === 0 ? -10 : 100, tone: "grey" }));
    expect(parseRatingScale(twelve).ratings).toHaveLength(12);
    expect(parseRatingScale([{ id: "a".repeat(40), label: "A", value: 1, tone: "red" }, { id: "0-9", label: "B", value: 2, tone: "green" }]).best).toBe(2);
  });

  it("falls back to the default on anything invalid, without throwing", () => {
    const [a, b, c] = custom as [Rating, Rating, Rating];
    const invalid: unknown[] = [
      "not json",
      42,
      true,
      {},
      [],
      { ratings: "x" },
      [a], // fewer than two
      Array.from({ length: 13 }, (_, i) => ({ ...a, id: `r${i}`, value: i })), // more than twelve
      [a, { ...b, id: a.id }], // duplicate id
      [a, { ...b, value: a.value }], // one distinct value
      [a, { ...b, value: null }], // only one numeric value
      [{ ...a, id: "Upper" }, b],
      [{ ...a, id: "has space" }, b],
      [{ ...a, id: "" }, b],
      [{ ...a, id: "x".repeat(41) }, b],
      [{ ...a, label: "" }, b],
      [{ ...a, label: "   " }, b],
      [{ ...a, label: "x".repeat(41) }, b],
      [{ ...a, value: 1.5 }, b],
      [{ ...a, value: 101 }, b],
      [{ ...a, value: -11 }, b],
      [{ ...a, value: Number.NaN }, b],
      [{ ...a, value: "5" }, b],
      [{ ...a, tone: "purple" }, b],
      [{ id: a.id, label: a.label, value: a.value }, b], // no tone
      [a, b, null],
      [a, b, c, "x"],
    ];
    for (const json of invalid) expect(parseRatingScale(json), JSON.stringify(json)).toBe(DEFAULT_RATING_SCALE);
  });

  it("survives hostile objects", () => {
    const throwing = Object.defineProperty({}, "ratings", { get: () => { throw new Error("boom"); }, enumerable: true });
    const hostileArray = new Proxy([], { get: () => { throw new Error("boom"); } });
    expect(parseRatingScale(throwing)).toBe(DEFAULT_RATING_SCALE);
    expect(parseRatingScale(hostileArray)).toBe(DEFAULT_RATING_SCALE);
    expect(parseRatingScale(JSON.parse('{"__proto__": {"ratings": []}}'))).toBe(DEFAULT_RATING_SCALE);
  });
});

describe("findRating and ratingIds", () => {
  it("finds a rating by id", () => {
    expect(findRating(DEFAULT_RATING_SCALE, "misleading")?.label).toBe("Misleading");
    expect(findRating(DEFAULT_RATING_SCALE, "Misleading")).toBeUndefined();
    expect(findRating(DEFAULT_RATING_SCALE, "")).toBeUndefined();
    expect(findRating(DEFAULT_RATING_SCALE, "constructor")).toBeUndefined();
  });

  it("lists the ids in scale order, ready for z.enum", () => {
    expect(ratingIds(DEFAULT_RATING_SCALE)).toEqual(["true", "mostly-true", "misleading", "false", "unverifiable"]);
    const schema = z.enum(ratingIds(parseRatingScale(custom)));
    expect(schema.safeParse("half").success).toBe(true);
    expect(schema.safeParse("true").success).toBe(false);
  });

  it("refuses to list the ids of an empty scale (only a hand-made one can be empty)", () => {
    expect(() => ratingIds({ ratings: [], best: 0, worst: 0 })).toThrow();
  });
});

describe("confidenceLabel", () => {
  it("names the three levels", () => {
    expect(CONFIDENCE_LEVELS.map((l) => [l.value, l.label])).toEqual([[25, "Low"], [50, "Medium"], [85, "High"]]);
    for (const level of CONFIDENCE_LEVELS) expect(confidenceLabel(level.value)).toBe(level.label);
  });

  it("picks the nearest level", () => {
    expect(confidenceLabel(0)).toBe("Low");
    expect(confidenceLabel(37)).toBe("Low");
    expect(confidenceLabel(38)).toBe("Medium");
    expect(confidenceLabel(67)).toBe("Medium");
    expect(confidenceLabel(68)).toBe("High");
    expect(confidenceLabel(100)).toBe("High");
  });

  it("reads halfway as the lower level", () => {
    expect(confidenceLabel(37.5)).toBe("Low");
    expect(confidenceLabel(67.5)).toBe("Medium");
  });

  it("copes with values outside 0–100", () => {
    expect(confidenceLabel(-50)).toBe("Low");
    expect(confidenceLabel(1000)).toBe("High");
    expect(confidenceLabel(Number.POSITIVE_INFINITY)).toBe("High");
    expect(confidenceLabel(Number.NEGATIVE_INFINITY)).toBe("Low");
    expect(confidenceLabel(Number.NaN)).toBe("Low");
  });
});
