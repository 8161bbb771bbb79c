import { describe, expect, it } from "vitest";
import { markdownToText, splitMarkdownArticle } from "./markdown";

describe("markdownToText", () => {
  it("strips heading markers and keeps headings as separate paragraphs", () => {
    expect(markdownToText("# Title\nFirst paragraph.\n\n## Section ##\n\nMore.")).toBe("Title\n\nFirst paragraph.\n\nSection\n\nMore.");
  });

  it("turns setext headings into plain paragraphs", () => {
    expect(markdownToText("Big title\n=========\n\nBody text.")).toBe("Big title\n\nBody text.");
  });

  it("removes emphasis markers but not underscores or asterisks inside words and sums", () => {
    expect(markdownToText("**Bold**, *italic*, __strong__, _em_ and ~~struck~~.")).toBe("Bold, italic, strong, em and struck.");
    expect(markdownToText("snake_case_name and 2 * 3 * 4")).toBe("snake_case_name and 2 * 3 * 4");
  });

  it("keeps link text, drops the address and removes images", () => {
    expect(markdownToText("Read [the report](https://example.com/a_(b) \"Report\") ![chart](c.png) now.")).toBe("Read the report  now.");
    expect(markdownToText("See [AP][1].\n\n[1]: https://apnews.com")).toBe("See AP.");
    expect(markdownToText("Visit <https://example.com>.")).toBe("Visit https://example.com.");
  });

  it("removes inline code backticks and keeps the code literally", () => {
    expect(markdownToText("Run `npm_install *now*` please.")).toBe("Run npm_install *now* please.");
  });

  it("marks bullet items with • and keeps numbered items as they are", () => {
    expect(markdownToText("Intro:\n\n- one\n* two\n+ three\n\n1. first\n2. second")).toBe("Intro:\n\n• one\n• two\n• three\n\n1. first\n2. second");
  });

  it("removes block quote markers", () => {
    expect(markdownToText("> “We need water and food,” he said.\n> — Shokria")).toBe("“We need water and food,” he said. — Shokria");
  });

  it("removes HTML tags and comments and decodes entities", () => {
    expect(markdownToText("<div class=\"x\">Kabul &amp; Kunduz</div> <!-- note --><br/>AT&amp;T &lt;b&gt;")).toBe("Kabul & Kunduz AT&T <b>");
  });

  it("joins soft-wrapped lines into one paragraph but keeps hard breaks", () => {
    expect(markdownToText("A line that\nwraps here.\n\nPoem line  \nnext line")).toBe("A line that wraps here.\n\nPoem line\nnext line");
  });

  it("honours backslash escapes", () => {
    expect(markdownToText("\\# not a heading and \\*not emphasis\\*")).toBe("# not a heading and *not emphasis*");
  });

  it("keeps fenced code lines and drops rules", () => {
    expect(markdownToText("Text\n\n---\n\n```\ncode *here*\n```\nAfter")).toBe("Text\n\ncode *here*\nAfter");
  });

  it("keeps Persian text with ZWNJ untouched", () => {
    expect(markdownToText("**می\u200Cخواهم** کتاب\u200Cها")).toBe("می\u200Cخواهم کتاب\u200Cها");
  });
});

describe("splitMarkdownArticle", () => {
  it("takes a leading # heading as the title and removes it from the body", () => {
    const { title, body } = splitMarkdownArticle("\n# Talks *begin* in Doha\n\nFirst paragraph.");
    expect(title).toBe("Talks begin in Doha");
    expect(body.trim()).toBe("First paragraph.");
  });

  it("reads YAML front matter for title, author and date", () => {
    const result = splitMarkdownArticle("---\ntitle: \"Kunduz attack\"\nauthor: Kathy Gannon\ndate: 2021-10-09\n---\nBody.");
    expect(result).toMatchObject({ title: "Kunduz attack", byline: "Kathy Gannon", body: "Body." });
    expect(result.publishedAt?.toISOString()).toBe("2021-10-09T00:00:00.000Z");
  });

  it("has no title when the document does not start with a level-1 heading", () => {
    expect(splitMarkdownArticle("Intro.\n\n# Later heading").title).toBeNull();
    expect(splitMarkdownArticle("## Sub heading\n\nText").title).toBeNull();
  });
});
