import { describe, expect, it } from "vitest";
import { renderGonePage, renderNotFoundPage } from "./gone-page";
import { expectHeadingOrder, expectInert, HOSTILE, parse } from "./test-helpers";

describe("renderGonePage", () => {
  it("says the fact-check was withdrawn, and when", () => {
    const doc = parse(renderGonePage({ title: "Blast kills dozens", unpublishedAt: "2021-10-08T09:00:00.000Z" }));
    expect(doc.querySelector("main")?.textContent).toContain("This fact-check was withdrawn on 8 October 2021.");
    expect(doc.querySelector("main")?.textContent).toContain("Blast kills dozens");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expectHeadingOrder(doc);
    expectInert(doc, { jsonLdBlocks: 0 });
  });

  it("takes a Date too, and leaves out a date it cannot read", () => {
    expect(renderGonePage({ title: "T", unpublishedAt: new Date(Date.UTC(2022, 0, 2)) })).toContain("withdrawn on <time");
    expect(parse(renderGonePage({ title: "T", unpublishedAt: "nope" })).querySelector("main p")?.textContent).toBe("This fact-check was withdrawn.");
  });

  it("shows a hostile title as text", () => {
    const doc = parse(renderGonePage({ title: HOSTILE, unpublishedAt: "2021-10-08T09:00:00.000Z" }));
    expectInert(doc, { jsonLdBlocks: 0 });
    expect(doc.querySelector("main span")?.textContent).toBe(HOSTILE);
  });
});

describe("renderNotFoundPage", () => {
  it("is a complete, script-free page with one heading", () => {
    const doc = parse(renderNotFoundPage());
    expect(doc.querySelector("title")?.textContent).toBe("Page not found");
    expect(doc.querySelector("h1")?.textContent).toBe("Page not found");
    expectHeadingOrder(doc);
    expectInert(doc, { jsonLdBlocks: 0 });
  });
});
