import { describe, expect, it } from "vitest";
import { renderIndexPage, type IndexItem } from "./index-page";
import { expectHeadingOrder, expectInert, HOSTILE, parse, XSS } from "./test-helpers";

const item = (slug: string, extra: Partial<IndexItem> = {}): IndexItem => ({
  slug,
  url: `/s/${slug}`,
  title: `Title ${slug}`,
  outlet: "Daily Example",
  workspaceName: "Metro desk",
  workspaceUrl: "/s/desk/metro",
  publishedAt: "2021-10-08T09:00:00.000Z",
  countsSentence: "3 claims checked: 2 true, 1 false",
  ...extra,
});

const opts = { heading: "Published fact-checks", feedUrl: "/s/feed.xml", allUrl: null };

describe("renderIndexPage", () => {
  it("lists the summaries in the order given, each with title, outlet, desk, date and counts", () => {
    const doc = parse(renderIndexPage([item("b"), item("a", { outlet: null, publishedAt: "2021-09-01T00:00:00.000Z" })], opts));
    const entries = [...doc.querySelectorAll("main ol > li")];
    expect(entries.map((li) => li.querySelector("h2 a")?.textContent)).toEqual(["Title b", "Title a"]);
    expect(entries[0]?.querySelector("h2 a")?.getAttribute("href")).toBe("/s/b");
    expect(entries[0]?.querySelector(".meta")?.textContent).toBe("Daily Example · Checked by Metro desk on 8 October 2021");
    expect(entries[0]?.querySelector('.meta a[href="/s/desk/metro"]')?.textContent).toBe("Metro desk");
    expect(entries[1]?.querySelector(".meta")?.textContent).toBe("Checked by Metro desk on 1 September 2021");
    expect(entries[0]?.textContent).toContain("3 claims checked: 2 true, 1 false");
    expect(doc.querySelector("title")?.textContent).toBe("Published fact-checks");
    expectHeadingOrder(doc);
    expectInert(doc, { jsonLdBlocks: 0 });
  });

  it("announces the feed in the head and links it on the page", () => {
    const doc = parse(renderIndexPage([], opts));
    expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe("/s/feed.xml");
    expect(doc.querySelector('header a[href="/s/feed.xml"]')?.textContent).toBe("Subscribe to the Atom feed");
  });

  it("says so when nothing is published", () => {
    const doc = parse(renderIndexPage([], opts));
    expect(doc.querySelector("main")?.textContent?.trim()).toBe("Nothing published yet.");
    expect(doc.querySelector("main ol")).toBeNull();
  });

  it("links back to everything only when the list is one desk's", () => {
    expect(parse(renderIndexPage([], opts)).querySelectorAll("header a").length).toBe(1);
    const doc = parse(renderIndexPage([], { ...opts, heading: "Metro desk", allUrl: "/s" }));
    expect(doc.querySelector('header a[href="/s"]')?.textContent).toBe("All published fact-checks");
  });

  it("keeps hostile titles, outlets, desk names and URLs inert", () => {
    const hostile = item("x", { url: XSS.jsUrl, title: HOSTILE, outlet: HOSTILE, workspaceName: HOSTILE, workspaceUrl: "data:text/html,x", countsSentence: HOSTILE });
    const doc = parse(renderIndexPage([hostile], { heading: HOSTILE, feedUrl: XSS.jsUrl, allUrl: XSS.jsUrl }));
    expectInert(doc, { jsonLdBlocks: 0 });
    expect(doc.querySelector("h1")?.textContent).toBe(HOSTILE);
    expect(doc.querySelector("main h2 a")?.textContent).toBe(HOSTILE);
    expect(doc.querySelector("main h2 a")?.getAttribute("href")).toBe("#");
    expect(doc.querySelector("main li > p:last-child")?.textContent).toBe(HOSTILE);
  });
});
