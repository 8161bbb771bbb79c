import { describe, expect, it } from "vitest";
import { extractArticleFromHtml } from "./extract-html";
import { NEWS_BYLINE, NEWS_OUTLET, NEWS_PARAGRAPHS, NEWS_QUOTE, NEWS_TITLE, newsPageHtml } from "./news-page.fixture";

describe("extractArticleFromHtml on a news page", () => {
  const article = extractArticleFromHtml(newsPageHtml(), "https://www.example.com/world/taliban-doha");

  it("reads title (without the site suffix), byline, outlet, date and language", () => {
    expect(article.title).toBe(NEWS_TITLE);
    expect(article.byline).toBe(NEWS_BYLINE);
    expect(article.outlet).toBe(NEWS_OUTLET);
    expect(article.publishedAt?.toISOString()).toBe("2021-10-09T14:32:00.000Z");
    expect(article.language).toBe("en");
  });

  it("keeps every paragraph separate, with quotes intact", () => {
    const paragraphs = article.text.split("\n\n");
    for (const p of NEWS_PARAGRAPHS) expect(paragraphs).toContain(p);
    expect(paragraphs).toContain(NEWS_QUOTE);
    expect(paragraphs.indexOf(NEWS_PARAGRAPHS[1] ?? "")).toBe(paragraphs.indexOf(NEWS_PARAGRAPHS[0] ?? "") + 1);
  });

  it("leaves out navigation, buttons, scripts, related links and the footer", () => {
    for (const noise of ["Politics", "Share", "analytics", "Photos of the week", "All rights reserved", "loaded"]) {
      expect(article.text).not.toContain(noise);
    }
    expect(article.text.startsWith("The Taliban on Saturday")).toBe(true);
  });

  it("produces normalised text", () => {
    expect(article.text).not.toMatch(/\n{3,}| {2,}|\r|\t/);
  });
});

describe("extractArticleFromHtml metadata sources", () => {
  const body = `<p>${"Enough words in this paragraph for the extraction to treat it as an article body, with commas, ".repeat(4)}</p>`;

  it("reads datePublished from JSON-LD and the host name as outlet", () => {
    const html = `<html><head><title>Story</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-03-01T08:00:00+04:30"}]}</script></head><body><article>${body}</article></body></html>`;
    const article = extractArticleFromHtml(html, "https://www.tolonews.com/afghanistan/1");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-01T03:30:00.000Z");
    expect(article.outlet).toBe("tolonews.com");
    expect(article.language).toBeNull();
  });

  it("falls back to <time datetime>", () => {
    const html = `<html><body><article><time datetime="2023-05-06">6 May</time>${body}</article></body></html>`;
    expect(extractArticleFromHtml(html).publishedAt?.toISOString()).toBe("2023-05-06T00:00:00.000Z");
  });

  it("has null metadata when the page gives none", () => {
    const article = extractArticleFromHtml(`<html><body><p>Just a line.</p></body></html>`);
    expect(article).toMatchObject({ byline: null, outlet: null, publishedAt: null, language: null });
    expect(article.text).toBe("Just a line.");
  });

  it("reads the language from Content-Language or og:locale when <html lang> is missing", () => {
    const page = (head: string) => `<html><head>${head}</head><body><p>Text.</p></body></html>`;
    expect(extractArticleFromHtml(page('<meta http-equiv="Content-Language" content="ps-AF">')).language).toBe("ps");
    expect(extractArticleFromHtml(page('<meta property="og:locale" content="fa_IR">')).language).toBe("fa");
    expect(extractArticleFromHtml(page('<meta property="og:locale" content="not a language">')).language).toBeNull();
  });

  it("handles a Persian page: language, right-to-left text and ZWNJ", () => {
    const persian = "طالبان می\u200Cگویند که با آمریکا همکاری نمی\u200Cکنند.";
    const html = `<html lang="fa-IR" dir="rtl"><body><article><h1>عنوان</h1><p>${persian}</p><p>${persian}</p></article></body></html>`;
    const article = extractArticleFromHtml(html);
    expect(article.language).toBe("fa");
    expect(article.title).toBe("عنوان");
    expect(article.text).toBe(`${persian}\n\n${persian}`);
  });
});

describe("extractArticleFromHtml text structure", () => {
  it("splits block elements into paragraphs and keeps <br> as a line break", () => {
    const html = `<html><body><div><h2>Heading</h2><p>First<br>second line</p><ul><li>one</li><li>two</li></ul><blockquote>Quoted</blockquote><div>Loose text</div></div></body></html>`;
    expect(extractArticleFromHtml(html).text).toBe("Heading\n\nFirst\nsecond line\n\n• one\n\n• two\n\nQuoted\n\nLoose text");
  });

  it("keeps body text that is not inside any paragraph", () => {
    const html = "<html><body>Plain body text without paragraphs.<script>x()</script></body></html>";
    expect(extractArticleFromHtml(html).text).toBe("Plain body text without paragraphs.");
  });

  it("returns empty text for a page without words", () => {
    expect(extractArticleFromHtml("<html><body><img src=x></body></html>").text).toBe("");
  });
});

describe("extractArticleFromHtml on input with no markup", () => {
  it("reads tag-less text as the article instead of failing (an .html upload that is plain text)", () => {
    expect(extractArticleFromHtml("y").text).toBe("y");
    expect(extractArticleFromHtml("Officials said 46 people died & 140 were hurt.").text).toBe("Officials said 46 people died & 140 were hurt.");
  });
});
