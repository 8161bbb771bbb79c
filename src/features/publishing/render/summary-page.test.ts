import { describe, expect, it } from "vitest";
import { buildClaimReviews } from "../claim-review";
import { countsSentence } from "../summary-counts";
import { renderSummaryPage, type SummaryPageOptions } from "./summary-page";
import { claim, expectHeadingOrder, expectInert, HOSTILE, hostileSnapshot, parse, rating, snapshot } from "./test-helpers";

const opts: SummaryPageOptions = {
  summaryUrl: "https://desk.example/s/blast",
  embedUrl: "https://desk.example/s/blast/embed",
  exportUrls: { markdown: "/s/blast.md", json: "/s/blast.json", csv: "/s/blast.csv" },
  indexUrl: "/s",
  feedUrl: "https://desk.example/s/feed.xml",
  workspaceName: "Metro desk",
};

const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent?.trim());

describe("renderSummaryPage with hostile text everywhere", () => {
  const hostile = hostileSnapshot();
  const out = renderSummaryPage(hostile, opts);
  const doc = parse(out);

  it("contains nothing executable: one JSON-LD block, no handlers, no script URLs", () => {
    expectInert(doc, { jsonLdBlocks: 1 });
    // The only `</script` is the JSON-LD block's own end tag.
    expect(out.match(/<\/script/gi)).toHaveLength(1);
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
  });

  it("shows every payload as text, where it belongs", () => {
    expect(doc.querySelector("h1")?.textContent).toBe(HOSTILE);
    expect(doc.querySelector("title")?.textContent).toBe(`Fact-check: ${HOSTILE} · ${HOSTILE}`);
    const card = doc.querySelector("article.claim");
    expect(card?.querySelector("h2")?.textContent).toBe(HOSTILE);
    expect(card?.querySelector("blockquote")?.textContent).toContain(HOSTILE);
    expect(texts(doc, "article.claim > p")).toContain(HOSTILE);
    expect(texts(doc, ".sources li > span")).toContain(HOSTILE);
    expect(texts(doc, "#how-we-check ~ p")).toContain(HOSTILE);
    expect(texts(doc, "header .meta span")).toContain(HOSTILE);
    expect(doc.querySelector("#corrections")?.parentElement?.textContent).toContain(`Rating changed from ${HOSTILE} to False`);
  });

  it("keeps attribute breakers inside their attributes", () => {
    expect(meta(doc, "og:title")).toBe(`Fact-check: ${HOSTILE}`);
    expect(meta(doc, "og:site_name")).toBe(HOSTILE);
    expect(doc.querySelector("article.claim")?.getAttribute("id")).toBe(`claim-x" onclick="alert(1)`);
    expect(doc.querySelector("#corrections")?.parentElement?.querySelector("a")?.getAttribute("href")).toBe(`#claim-${encodeURIComponent(`x" onclick="alert(1)`)}`);
  });

  it("links only http(s) URLs: a javascript: source title, article or archive is text, not a link", () => {
    expect(doc.querySelector("header a")).toBeNull(); // neither the original article nor the org
    const links = [...doc.querySelectorAll(".sources a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([`https://ok.example/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`]);
    expect(links[0]?.getAttribute("rel")).toBe("nofollow noopener noreferrer");
  });

  it("carries JSON-LD that parses back to exactly buildClaimReviews' output", () => {
    const block = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
    expect(JSON.parse(block)).toEqual(buildClaimReviews(hostile, { summaryUrl: opts.summaryUrl }));
  });

  it("shows the embed snippet as text that is itself safe markup", () => {
    const code = doc.querySelector("pre code")?.textContent ?? "";
    const iframe = parse(`<!doctype html><body>${code}`).querySelector("iframe");
    expect(iframe?.getAttribute("src")).toBe(opts.embedUrl);
    expect(iframe?.getAttribute("title")).toBe(`Fact-check: ${HOSTILE}`);
    expect(iframe?.getAttributeNames().sort()).toEqual(["height", "loading", "src", "style", "title", "width"]);
  });
});

describe("renderSummaryPage", () => {
  const snap = snapshot();
  const doc = parse(renderSummaryPage(snap, opts));

  it("is a complete document with the head a search engine and a share card need", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(meta(doc, "viewport")).toContain("width=device-width");
    expect(doc.querySelector("title")?.textContent).toBe("Fact-check: Blast kills dozens · Factdesk Team");
    expect(meta(doc, "description")).toBe(countsSentence(snap));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(opts.summaryUrl);
    expect(meta(doc, "og:type")).toBe("article");
    expect(meta(doc, "og:title")).toBe("Fact-check: Blast kills dozens");
    expect(meta(doc, "og:description")).toBe(countsSentence(snap));
    expect(meta(doc, "og:url")).toBe(opts.summaryUrl);
    expect(meta(doc, "og:site_name")).toBe("Factdesk Team");
    expect(meta(doc, "twitter:card")).toBe("summary");
    const feed = doc.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(feed?.getAttribute("href")).toBe(opts.feedUrl);
    expect(doc.querySelector("style")?.textContent?.length).toBeGreaterThan(100);
    expectInert(doc, { jsonLdBlocks: 1 });
  });

  it("has landmarks, one h1, headings in order, and a skip link to main", () => {
    for (const tag of ["header", "main", "footer"]) expect(doc.querySelectorAll(tag).length).toBe(1);
    expectHeadingOrder(doc);
    expect(doc.querySelector("a.skip")?.getAttribute("href")).toBe("#main");
    expect(doc.querySelector("main")?.id).toBe("main");
  });

  it("heads the page with the article, who checked it and when, and the counts in one line", () => {
    const header = doc.querySelector("header");
    expect(header?.querySelector("h1")?.textContent).toBe("Blast kills dozens");
    expect(header?.textContent).toContain("Daily Example · by Jo Reporter · published 6 October 2021");
    expect(header?.querySelector('a[href="https://news.example/blast"]')?.textContent).toBe("Read the original article");
    expect(header?.textContent).toContain("Checked by Factdesk Team on 8 October 2021");
    expect(header?.textContent).not.toContain("Updated");
    expect(header?.querySelector(".counts")?.textContent).toBe("2 claims checked: 1 true, 1 unverified");
  });

  it("says when a later version updated the page", () => {
    const updated = parse(renderSummaryPage(snapshot({ version: 3, publishedAt: "2022-01-02T00:30:00.000Z" }), opts));
    expect(updated.querySelector("header")?.textContent).toContain("Checked by Factdesk Team on 8 October 2021 · Updated 2 January 2022");
    expect(updated.querySelector('meta[property="article:modified_time"]')?.getAttribute("content")).toBe("2022-01-02T00:30:00.000Z");
  });

  it("renders a rated claim: badge, wording, quote, rationale paragraphs, sources with stance and archive", () => {
    const card = doc.querySelector("#claim-c1");
    expect(card?.tagName).toBe("ARTICLE");
    expect(card?.querySelector(".badge")?.className).toBe("badge b-green");
    expect(card?.querySelector(".badge [aria-hidden]")?.textContent).toBe("✓");
    expect(card?.querySelector(".badge")?.textContent).toBe("✓Verdict: True");
    expect(card?.querySelector("h2")?.textContent).toBe("46 people died in the blast");
    expect(card?.querySelector("blockquote")?.getAttribute("dir")).toBe("auto");
    expect(texts(doc, "#claim-c1 > p")).toEqual(["The ministry's list names 46.", "Two hospitals confirm it."]);
    const source = card?.querySelector(".sources li");
    expect(source?.querySelector("a")?.getAttribute("href")).toBe("https://gov.example/list");
    expect(source?.querySelector(".meta")?.textContent).toContain("Supports · Official document");
    expect(source?.querySelector('a[href="https://archive.example/list"]')?.textContent).toBe("archived copy of Ministry casualty list");
    expect(source?.querySelector("blockquote")?.textContent).toBe("46 names.");
  });

  it("renders an unverified claim as such: outline badge, no rationale, no sources", () => {
    const card = doc.querySelector("#claim-c2");
    expect(card?.querySelector(".badge")?.className).toBe("badge b-none");
    expect(card?.querySelector(".badge [aria-hidden]")?.textContent).toBe("–");
    expect(card?.querySelector(".badge")?.textContent).toContain("Unverified");
    expect(card?.querySelector("p.pending")?.textContent).toBe("Not yet verified");
    expect(card?.querySelector(".sources")).toBeNull();
  });

  it("marks every piece of user text dir=auto", () => {
    for (const el of doc.querySelectorAll("h1, article h2, blockquote, #claim-c1 > p, .sources a:first-child")) {
      expect(el.getAttribute("dir"), el.outerHTML).toBe("auto");
    }
  });

  it("ends with methodology, corrections policy and a footer of exports, embed and index", () => {
    expect(texts(doc, "#how-we-check ~ p")).toEqual(["We read the article.", "We call the sources."]);
    expect(texts(doc, "#corrections-policy ~ p")).toEqual(["We correct errors openly."]);
    const footer = doc.querySelector("footer");
    const links = Object.fromEntries([...(footer?.querySelectorAll("a") ?? [])].map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toMatchObject({
      "Download as Markdown": "/s/blast.md",
      "Download as JSON": "/s/blast.json",
      "Download as CSV (spreadsheet)": "/s/blast.csv",
      "Browse all published fact-checks": "/s",
    });
    expect(footer?.querySelector("pre code")?.textContent).toBe(
      `<iframe src="https://desk.example/s/blast/embed" title="Fact-check: Blast kills dozens" width="100%" height="420" loading="lazy" style="border:0"></iframe>`,
    );
  });

  it("has a corrections section only when there are corrections", () => {
    expect(doc.querySelector("#corrections")).toBeNull();
    const corrected = snapshot({
      version: 2,
      corrections: [
        { date: "2021-10-09T10:00:00.000Z", version: 2, anchor: "c1", wording: "46 people died in the blast", note: "A hospital revised its count.", before: "False", after: "True" },
        { date: "2021-10-10T10:00:00.000Z", version: 2, anchor: "gone", wording: "A claim since removed", note: "Removed.", before: null, after: null },
      ],
    });
    const section = parse(renderSummaryPage(corrected, opts)).querySelector("#corrections")?.parentElement;
    const [first, second] = [...(section?.querySelectorAll("li") ?? [])];
    expect(first?.querySelector('a[href="#claim-c1"]')?.textContent).toBe("46 people died in the blast");
    expect(first?.textContent).toContain("9 October 2021");
    expect(first?.textContent).toContain("Rating changed from False to True");
    expect(first?.textContent).toContain("A hospital revised its count.");
    expect(second?.querySelector("a")).toBeNull(); // its claim is no longer on the page
    expect(second?.textContent).not.toContain("Rating changed");
  });

  it("leaves out empty sections and the JSON-LD when no claim has a verdict", () => {
    const bare = parse(renderSummaryPage(snapshot({ methodology: " ", correctionsPolicy: "", claims: [claim("u", null)] }), opts));
    expect(bare.querySelector("#how-we-check")).toBeNull();
    expect(bare.querySelector("#corrections-policy")).toBeNull();
    expectInert(bare, { jsonLdBlocks: 0 });
    expect(bare.querySelector(".counts")?.textContent).toBe("1 claim checked: 1 unverified");
  });

  it("colours each verdict by its tone, always with an icon", () => {
    const ids = ["true", "mostly-true", "misleading", "false", "unverifiable"];
    const page = parse(renderSummaryPage(snapshot({ claims: ids.map((id) => claim(id, rating(id))) }), opts));
    const badges = [...page.querySelectorAll(".badge")].map((b) => `${b.className} ${b.querySelector("[aria-hidden]")?.textContent}`);
    expect(badges).toEqual(["badge b-green ✓", "badge b-teal ≈", "badge b-amber !", "badge b-red ✗", "badge b-grey ?"]);
  });
});
