import { describe, expect, it } from "vitest";
import type { Rating } from "@/features/verdicts/rating-scale";
import type { PublishedClaim, SummarySnapshot } from "./snapshot";
import { publishedClaim, rating, summarySnapshot } from "./snapshot.fixture";
import { countClaims, countsSentence } from "./summary-counts";

let nextId = 0;
/** A claim with an anchor of its own: the counts depend only on the ratings. */
const claim = (r: Rating | null): PublishedClaim => publishedClaim(`c${++nextId}`, r);
const snapshot = (claims: PublishedClaim[]): SummarySnapshot => summarySnapshot({ claims });

describe("countClaims", () => {
  it("counts verified (any approved rating, Unverifiable included) and unverified claims", () => {
    const counts = countClaims(snapshot([claim(rating("true")), claim(rating("unverifiable")), claim(null), claim(null)]));
    expect(counts).toMatchObject({ total: 4, verified: 2, unverified: 2 });
  });

  it("lists only ratings in use, in scale order (truest first, off-scale last), with label and tone", () => {
    const claims = [
      claim(rating("unverifiable")),
      claim(rating("false")),
      claim(null),
      claim(rating("true")),
      claim(rating("misleading")),
      claim(rating("true")),
      claim(rating("false")),
    ];
    expect(countClaims(snapshot(claims)).byRating).toEqual([
      { label: "True", tone: "green", count: 2 },
      { label: "Misleading", tone: "amber", count: 1 },
      { label: "False", tone: "red", count: 2 },
      { label: "Unverifiable", tone: "grey", count: 1 },
    ]);
  });

  it("keeps ratings that share a label apart, and ties in order of appearance", () => {
    const a: Rating = { id: "satire", label: "Other", value: null, tone: "grey" };
    const b: Rating = { id: "opinion", label: "Other", value: null, tone: "teal" };
    const counts = countClaims(snapshot([claim(b), claim(a), claim(b)]));
    expect(counts.byRating).toEqual([
      { label: "Other", tone: "teal", count: 2 },
      { label: "Other", tone: "grey", count: 1 },
    ]);
  });

  it("is all zeros for a summary with no claims", () => {
    expect(countClaims(snapshot([]))).toEqual({ total: 0, verified: 0, byRating: [], unverified: 0 });
  });
});

describe("countsSentence", () => {
  it("names each rating in lower case, unverified last", () => {
    const claims = [
      claim(rating("true")),
      claim(rating("false")),
      claim(rating("true")),
      claim(null),
      claim(rating("misleading")),
      claim(rating("true")),
    ];
    expect(countsSentence(snapshot(claims))).toBe("6 claims checked: 3 true, 1 misleading, 1 false, 1 unverified");
  });

  it("uses the singular for one claim", () => {
    expect(countsSentence(snapshot([claim(rating("true"))]))).toBe("1 claim checked: 1 true");
    expect(countsSentence(snapshot([claim(null)]))).toBe("1 claim checked: 1 unverified");
  });

  it("lower-cases multi-word and custom labels", () => {
    const custom: Rating = { id: "pants", label: "Pants on Fire", value: 0, tone: "red" };
    expect(countsSentence(snapshot([claim(rating("mostly-true")), claim(custom)]))).toBe(
      "2 claims checked: 1 mostly true, 1 pants on fire",
    );
  });

  it("says so when nothing has been checked", () => {
    expect(countsSentence(snapshot([]))).toBe("No claims checked yet");
  });
});
