import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE, type Rating } from "@/features/verdicts/rating-scale";
import { buildClaimReviews, CLAIM_REVIEWED_MAX_CHARS, isoDatePart, jsonLdScript, shortenClaim } from "./claim-review";
import { publishedClaim as claim, rating, summarySnapshot as snapshot } from "./snapshot.fixture";

const summaryUrl = "https://desk.example/s/blast";

describe("buildClaimReviews", () => {
  it("gives a rated claim every required and recommended field", () => {
    const snap = snapshot({
      firstPublishedAt: "2024-05-02T09:00:00.000Z",
      article: { title: "Blast kills dozens", outlet: "Daily Example", author: "Jo Reporter", url: "https://news.example/blast", publishedAt: "2024-04-30T22:15:00.000Z", language: "en" },
      organization: { name: "Factdesk Team", url: "https://desk.example", logoUrl: "https://desk.example/logo.png" },
      claims: [claim("c1", rating("true"), { wording: "46 people died in the blast", reviewedAt: "2024-05-03T16:20:00.000Z" })],
    });
    const [review] = buildClaimReviews(snap, { summaryUrl });
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://desk.example/s/blast#claim-c1",
      claimReviewed: "46 people died in the blast",
      author: {
        "@type": "Organization",
        name: "Factdesk Team",
        url: "https://desk.example/",
        logo: { "@type": "ImageObject", url: "https://desk.example/logo.png" },
      },
      datePublished: "2024-05-03",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Daily Example" },
        datePublished: "2024-04-30",
        appearance: [{ "@type": "CreativeWork", url: "https://news.example/blast" }],
        firstAppearance: { "@type": "CreativeWork", url: "https://news.example/blast" },
      },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "True" },
    });
  });

  it("gives unverified claims no ClaimReview", () => {
    const claims = [claim("c1", rating("true")), claim("c2", null), claim("c3", rating("unverifiable"))];
    const reviews = buildClaimReviews(snapshot({ claims }), { summaryUrl });
    expect(reviews.map((r) => r.url)).toEqual([`${summaryUrl}#claim-c1`, `${summaryUrl}#claim-c3`]);
    expect(buildClaimReviews(snapshot({ claims: [claim("x", null)] }), { summaryUrl })).toEqual([]);
  });

  it("keeps every ratingValue within [worstRating, bestRating]", () => {
    const claims = DEFAULT_RATING_SCALE.ratings.map((r) => claim(r.id, r));
    for (const review of buildClaimReviews(snapshot({ claims }), { summaryUrl })) {
      const { ratingValue, bestRating, worstRating } = review.reviewRating;
      if (ratingValue === undefined) continue;
      expect(worstRating).toBeDefined();
      expect(bestRating).toBeDefined();
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating ?? Infinity);
      expect(ratingValue).toBeLessThanOrEqual(bestRating ?? -Infinity);
    }
  });

  it("carries only the label for a rating off the scale", () => {
    const claims = [claim("c1", rating("true")), claim("c2", null), claim("c3", rating("unverifiable"))];
    const [, unverifiable] = buildClaimReviews(snapshot({ claims }), { summaryUrl });
    expect(unverifiable?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    const stray: Rating = { id: "odd", label: "Odd", value: 9, tone: "grey" };
    const [odd] = buildClaimReviews(snapshot({ claims: [claim("o", stray)] }), { summaryUrl });
    expect(odd?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Odd" });
  });

  it("names the article's author as a Person when the outlet is unknown, and leaves out what is unknown", () => {
    const article = { title: "T", outlet: null, author: "Jo Reporter", url: null, publishedAt: null, language: "en" };
    const [review] = buildClaimReviews(snapshot({ article }), { summaryUrl });
    expect(review?.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Person", name: "Jo Reporter" } });
    const anonymous = { ...article, author: "  " };
    expect(buildClaimReviews(snapshot({ article: anonymous }), { summaryUrl })[0]?.itemReviewed).toEqual({ "@type": "Claim" });
  });

  it("leaves out organization and article URLs that are not http(s)", () => {
    const [review] = buildClaimReviews(
      snapshot({
        organization: { name: "Desk", url: "javascript:alert(1)", logoUrl: null },
        article: { ...snapshot().article, url: "data:text/html,x" },
      }),
      { summaryUrl },
    );
    expect(review?.author).toEqual({ "@type": "Organization", name: "Desk" });
    expect(review?.itemReviewed.appearance).toBeUndefined();
    expect(review?.itemReviewed.firstAppearance).toBeUndefined();
  });

  it("dates the review by its approval, but never before the first publication", () => {
    const before = claim("a", rating("false"), { reviewedAt: "2024-04-20T08:00:00.000Z" });
    const after = claim("b", rating("false"), { reviewedAt: "2024-06-01T23:59:59.000Z" });
    const missing = claim("c", rating("false"), { reviewedAt: null });
    const reviews = buildClaimReviews(snapshot({ firstPublishedAt: "2024-05-02T09:00:00.000Z", claims: [before, after, missing] }), { summaryUrl });
    expect(reviews.map((r) => r.datePublished)).toEqual(["2024-05-02", "2024-06-01", "2024-05-02"]);
  });

  it("shortens long wording for claimReviewed and falls back to the quote when the wording is empty", () => {
    const long = "The government spent more on defence last year than on health, education and housing combined, officials said";
    const reviews = buildClaimReviews(
      snapshot({ claims: [claim("l", rating("false"), { wording: long }), claim("e", rating("true"), { wording: " ", quotedText: "Officials said 46 people died in the blast." })] }),
      { summaryUrl },
    );
    expect(reviews[0]?.claimReviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_CHARS);
    expect(reviews[0]?.claimReviewed).toBe("The government spent more on defence last year than on health, education…");
    expect(reviews[1]?.claimReviewed).toBe("Officials said 46 people died in the blast.");
  });

  it("encodes the anchor into the URL fragment", () => {
    const [review] = buildClaimReviews(snapshot({ claims: [claim("a b#c", rating("true"))] }), { summaryUrl });
    expect(review?.url).toBe(`${summaryUrl}#claim-a%20b%23c`);
  });
});

describe("shortenClaim", () => {
  it("keeps short text, collapsing whitespace", () => {
    expect(shortenClaim("  46 people\n died  ")).toBe("46 people died");
    const exact = "x".repeat(CLAIM_REVIEWED_MAX_CHARS);
    expect(shortenClaim(exact)).toBe(exact);
  });

  it("cuts on a word boundary, without a dangling comma, within the limit", () => {
    const text = `${"word ".repeat(13)}lastword, and more words after it`;
    const short = shortenClaim(text, 75);
    expect(short.endsWith("…")).toBe(true);
    expect(Array.from(short).length).toBeLessThanOrEqual(75);
    expect(short).toBe(`${"word ".repeat(13)}lastword…`);
    expect(shortenClaim("one two three four", 10)).toBe("one two…");
  });

  it("cuts mid-word when one long word fills the room, and never splits an emoji", () => {
    expect(shortenClaim("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
    expect(shortenClaim("x " + "😀".repeat(20), 10)).toBe(`x ${"😀".repeat(7)}…`);
    expect(shortenClaim("日本の人口は昨年百万人減少したと政府は発表した", 10)).toBe("日本の人口は昨年百…");
  });
});

describe("jsonLdScript", () => {
  const hostile = `</script><script>alert(1)</script> & <!-- \u2028\u2029`;

  it("cannot be broken out of by a claim's text", () => {
    const reviews = buildClaimReviews(
      snapshot({
        organization: { name: hostile, url: null, logoUrl: null },
        claims: [claim("h", rating("false"), { wording: hostile })],
      }),
      { summaryUrl },
    );
    const json = jsonLdScript(reviews);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e\\u003cscript\\u003e");
    expect(json).toContain("\\u2028\\u2029");

    const page = `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
    const doc = new DOMParser().parseFromString(page, "text/html");
    const scripts = doc.querySelectorAll("script");
    expect(scripts.length).toBe(1);
    expect(JSON.parse(scripts[0]?.textContent ?? "")).toEqual(JSON.parse(JSON.stringify(reviews)));
  });

  it("is the same JSON once parsed", () => {
    const value = [{ text: hostile, n: 1 }];
    expect(JSON.parse(jsonLdScript(value))).toEqual(value);
    expect(jsonLdScript([])).toBe("[]");
  });
});

describe("isoDatePart", () => {
  it("gives the UTC date of a date or date-time, null for anything else", () => {
    expect(isoDatePart("2024-05-01")).toBe("2024-05-01");
    expect(isoDatePart("2024-05-01T23:30:00-05:00")).toBe("2024-05-02");
    expect(isoDatePart("yesterday")).toBeNull();
    expect(isoDatePart(null)).toBeNull();
  });
});
