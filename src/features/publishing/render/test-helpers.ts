import { parseHTML } from "linkedom";
import { expect } from "vitest";
import { DEFAULT_RATING_SCALE, type Rating } from "@/features/verdicts/rating-scale";
import type { PublishedClaim, SummarySnapshot } from "../snapshot";

/** Shared by the render tests only: fixtures, hostile payloads and the "nothing executable" check. */

export const XSS = {
  script: "<script>alert(1)</script>",
  img: "<img src=x onerror=alert(1)>",
  jsUrl: "javascript:alert(1)",
  attr: `x" onmouseover="alert(1)" y='z' a=b`,
  endScript: "</script><script>alert(1)</script>",
} as const;

/** Every payload in one string, for fields shown as text. */
export const HOSTILE = `${XSS.script} ${XSS.img} ${XSS.attr} ${XSS.endScript}`;

export function rating(id: string): Rating {
  const found = DEFAULT_RATING_SCALE.ratings.find((r) => r.id === id);
  if (!found) throw new Error(`no rating ${id}`);
  return found;
}

export function claim(anchor: string, r: Rating | null, extra: Partial<PublishedClaim> = {}): PublishedClaim {
  return {
    anchor,
    quotedText: "Officials said 46 people died in the blast.",
    wording: "46 people died in the blast",
    rating: r,
    rationale: r ? "The ministry's list names 46.\n\nTwo hospitals confirm it." : "",
    evidence: r
      ? [{ url: "https://gov.example/list", title: "Ministry casualty list", quote: "46 names.", stance: "SUPPORTS", sourceType: "OFFICIAL_DOCUMENT", archivedUrl: "https://archive.example/list" }]
      : [],
    reviewedAt: r ? "2021-10-08T16:20:00.000Z" : null,
    ...extra,
  };
}

export function snapshot(overrides: Partial<SummarySnapshot> = {}): SummarySnapshot {
  return {
    schemaVersion: 1,
    slug: "blast",
    version: 1,
    publishedAt: "2021-10-08T09:00:00.000Z",
    firstPublishedAt: "2021-10-08T09:00:00.000Z",
    article: { title: "Blast kills dozens", outlet: "Daily Example", author: "Jo Reporter", url: "https://news.example/blast", publishedAt: "2021-10-06T22:15:00.000Z", language: "en" },
    organization: { name: "Factdesk Team", url: "https://desk.example", logoUrl: null },
    methodology: "We read the article.\n\nWe call the sources.",
    correctionsPolicy: "We correct errors openly.",
    scale: { best: DEFAULT_RATING_SCALE.best, worst: DEFAULT_RATING_SCALE.worst },
    claims: [claim("c1", rating("true")), claim("c2", null, { wording: "Turnout was 80%", quotedText: "Turnout hit 80 percent." })],
    corrections: [],
    ...overrides,
  };
}

/** A snapshot with a payload in every field a desk or an article controls. */
export function hostileSnapshot(): SummarySnapshot {
  const evidence = {
    url: XSS.jsUrl,
    title: HOSTILE,
    quote: HOSTILE,
    stance: "REFUTES" as const,
    sourceType: "NEWS_REPORT" as const,
    archivedUrl: "data:text/html,<script>alert(1)</script>",
  };
  return snapshot({
    article: { title: HOSTILE, outlet: HOSTILE, author: HOSTILE, url: XSS.jsUrl, publishedAt: null, language: `en" onload="alert(1)` },
    organization: { name: HOSTILE, url: " javascript:alert(1)", logoUrl: XSS.jsUrl },
    methodology: HOSTILE,
    correctionsPolicy: HOSTILE,
    claims: [
      claim(`x" onclick="alert(1)`, rating("false"), { wording: HOSTILE, quotedText: HOSTILE, rationale: HOSTILE, evidence: [evidence, { ...evidence, url: "https://ok.example/?q=\"><script>alert(1)</script>" }] }),
      claim("c2", null, { wording: HOSTILE, quotedText: HOSTILE }),
    ],
    corrections: [{ date: "2021-10-09T10:00:00.000Z", version: 2, anchor: `x" onclick="alert(1)`, wording: HOSTILE, note: HOSTILE, before: HOSTILE, after: "False" }],
  });
}

export function parse(markup: string): Document {
  return parseHTML(markup).document as unknown as Document;
}

/**
 * Nothing in the document can run: no script but JSON-LD data blocks, no event
 * handler attribute, no javascript:/data: link or source, no element a payload
 * could have smuggled in (img, iframe, svg…).
 */
export function expectInert(doc: Document, { jsonLdBlocks }: { jsonLdBlocks: number }): void {
  const scripts = [...doc.querySelectorAll("script")];
  expect(scripts.length).toBe(jsonLdBlocks);
  for (const s of scripts) expect(s.getAttribute("type")).toBe("application/ld+json");
  expect(doc.querySelectorAll("img, iframe, svg, object, embed, frame, base, form").length).toBe(0);
  for (const el of doc.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      expect(attr.name.toLowerCase().startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(attr.name.toLowerCase())) {
        // Browsers skip whitespace and control characters in a scheme ("java\tscript:").
        const value = [...attr.value].filter((c) => c.charCodeAt(0) > 0x20).join("").toLowerCase();
        expect(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"), `${attr.name}=${attr.value}`).toBe(false);
      }
    }
  }
}

/** Headings never skip a level going down (h1 → h3), and there is exactly one h1. */
export function expectHeadingOrder(doc: Document): void {
  const levels = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName.slice(1)));
  expect(levels.filter((l) => l === 1).length).toBe(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
  });
}
