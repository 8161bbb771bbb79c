import { parseHTML } from "linkedom";
import { expect } from "vitest";
import type { SummarySnapshot } from "../snapshot";
import { publishedClaim as claim, rating, summarySnapshot as snapshot } from "../snapshot.fixture";

/** Shared by the render tests only: the publishing fixtures, hostile payloads and the "nothing executable" check. */

export { claim, rating, snapshot };

export const XSS = {
  script: "<script>alert(1)</script>",
  img: "<img src=x onerror=alert(1)>",
  jsUrl: "javascript:alert(1)",
  attr: `x" onmouseover="alert(1)" y='z' a=b`,
  endScript: "</script><script>alert(1)</script>",
} as const;

/** Every payload in one string, for fields shown as text. */
export const HOSTILE = `${XSS.script} ${XSS.img} ${XSS.attr} ${XSS.endScript}`;

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
