import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { atomFeed, type AtomEntry, type AtomFeedInput, stripInvalidXmlChars, xmlText } from "./atom-feed";

const HOSTILE = `Tom & "Jerry" <script>alert('x')</script> ]]> <![CDATA[ &amp; \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 end`;
const HOSTILE_CLEAN = `Tom & "Jerry" <script>alert('x')</script> ]]> <![CDATA[ &amp;  end`;

function entry(n: number, overrides: Partial<AtomEntry> = {}): AtomEntry {
  return {
    id: `https://desk.example/s/summary-${n}`,
    title: `Summary ${n}`,
    url: `https://desk.example/s/summary-${n}`,
    summary: `${n} claims checked`,
    updated: `2024-05-0${n}T10:00:00.000Z`,
    published: `2024-05-0${n}T09:00:00.000Z`,
    authorName: "Factdesk Team",
    ...overrides,
  };
}

function feed(overrides: Partial<AtomFeedInput> = {}): AtomFeedInput {
  return {
    id: "https://desk.example/feed.xml",
    title: "Factdesk fact checks",
    selfUrl: "https://desk.example/feed.xml",
    siteUrl: "https://desk.example/",
    updated: "2024-05-03T10:00:00.000Z",
    entries: [entry(3), entry(1), entry(2)],
    ...overrides,
  };
}

/**
 * A small well-formedness check (linkedom's XML parser forgives too much to be
 * the judge): only allowed characters, every `&` an entity, every tag well
 * formed with quoted attributes, and the tags balanced.
 */
function expectWellFormed(xml: string): void {
  const declaration = `<?xml version="1.0" encoding="utf-8"?>`;
  expect(xml.startsWith(declaration)).toBe(true);
  expect(stripInvalidXmlChars(xml)).toBe(xml);
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
  const stack: string[] = [];
  const tag = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<>]*")*)\s*(\/?)>$/;
  const tokens = xml.slice(declaration.length).match(/<[^>]*>|[^<]+/g) ?? [];
  expect(tokens.join("")).toBe(xml.slice(declaration.length));
  for (const token of tokens) {
    if (!token.startsWith("<")) {
      expect(token).not.toContain(">");
      continue;
    }
    const m = tag.exec(token);
    expect(m, `malformed tag ${token}`).not.toBeNull();
    const [, closing, name, , selfClosing] = m ?? [];
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing && name) stack.push(name);
  }
  expect(stack).toEqual([]);
}

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, "text/xml");
}

describe("atomFeed", () => {
  it("writes a complete Atom 1.0 feed", () => {
    const xml = atomFeed(feed());
    expectWellFormed(xml);
    const doc = parse(xml);
    const root = doc.querySelector("feed");
    expect(root?.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect(doc.querySelector("feed > id")?.textContent).toBe("https://desk.example/feed.xml");
    expect(doc.querySelector("feed > title")?.textContent).toBe("Factdesk fact checks");
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute("href")).toBe("https://desk.example/feed.xml");
    expect(doc.querySelector('feed > link[rel="alternate"]')?.getAttribute("href")).toBe("https://desk.example/");
    expect(doc.querySelector("feed > updated")?.textContent).toBe("2024-05-03T10:00:00.000Z");
    const first = doc.querySelector("entry");
    for (const field of ["id", "title", "published", "updated", "summary", "author > name"]) {
      expect(first?.querySelector(field)?.textContent, field).toBeTruthy();
    }
    expect(first?.querySelector("link")?.getAttribute("href")).toBe("https://desk.example/s/summary-3");
  });

  it("keeps entries in the order given", () => {
    const doc = parse(atomFeed(feed()));
    expect(Array.from(doc.querySelectorAll("entry > title"), (t: Element) => t.textContent)).toEqual(["Summary 3", "Summary 1", "Summary 2"]);
  });

  it("stays well formed, and keeps the text, whatever the text", () => {
    const hostileEntry = entry(1, { id: HOSTILE, title: HOSTILE, url: `https://x.example/?a=1&b="2"'<>`, summary: HOSTILE, authorName: HOSTILE });
    const xml = atomFeed(feed({ title: HOSTILE, selfUrl: `https://x.example/"><x a='`, entries: [hostileEntry] }));
    expectWellFormed(xml);
    expect(xml).not.toContain("<script>");
    const doc = parse(xml);
    expect(doc.querySelector("feed > title")?.textContent).toBe(HOSTILE_CLEAN);
    expect(doc.querySelector("entry > summary")?.textContent).toBe(HOSTILE_CLEAN);
    expect(doc.querySelector("entry > author > name")?.textContent).toBe(HOSTILE_CLEAN);
    // linkedom leaves some entities in XML attributes undecoded, so read the raw attribute.
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://x.example/?a=1&amp;b=&quot;2&quot;&apos;&lt;&gt;"/>`);
    expect(doc.querySelectorAll("entry").length).toBe(1);
  });

  it("keeps RTL, emoji and multi-line text", () => {
    const text = "הממשלה אמרה 46 ✅ 😀\nline two\r\n\ttabbed";
    const xml = atomFeed(feed({ entries: [entry(1, { summary: text })] }));
    expectWellFormed(xml);
    expect(xml).toContain(text);
  });

  it("writes dates as RFC 3339 UTC, from strings or Dates", () => {
    const xml = atomFeed(
      feed({ updated: new Date(Date.UTC(2024, 4, 3, 10)), entries: [entry(1, { published: "2024-05-01T12:00:00+02:00", updated: "2024-05-02" })] }),
    );
    expect(xml).toContain("<updated>2024-05-03T10:00:00.000Z</updated>");
    expect(xml).toContain("<published>2024-05-01T10:00:00.000Z</published>");
    expect(xml).toContain("<updated>2024-05-02T00:00:00.000Z</updated>");
  });

  it("refuses dates that are not dates", () => {
    expect(() => atomFeed(feed({ updated: "soon" }))).toThrow(RangeError);
    expect(() => atomFeed(feed({ entries: [entry(1, { published: new Date(NaN) })] }))).toThrow(/real dates/);
  });

  it("falls back to the feed's name for an entry without an author", () => {
    const doc = parse(atomFeed(feed({ entries: [entry(1, { authorName: " \u0001 " })] })));
    expect(doc.querySelector("entry > author > name")?.textContent).toBe("Factdesk fact checks");
  });

  it("is well formed with no entries", () => {
    const xml = atomFeed(feed({ entries: [] }));
    expectWellFormed(xml);
    expect(xml).not.toContain("<entry>");
  });
});

describe("the well-formedness check used above", () => {
  it("rejects what a strict XML parser would", () => {
    const head = `<?xml version="1.0" encoding="utf-8"?>`;
    for (const bad of [`<a>&</a>`, `<a><b></a>`, `<a x="1"y="2"/>`, `<a x="<"/>`, `<a>\u0001</a>`, `<a>`, `<a>]]</b>`]) {
      expect(() => expectWellFormed(head + bad), bad).toThrow();
    }
    expect(() => expectWellFormed(`${head}<a x="1"><b/>t &amp; u</a>`)).not.toThrow();
  });
});

describe("xmlText", () => {
  it("escapes the five XML specials and drops characters XML 1.0 forbids", () => {
    expect(xmlText(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&apos;");
    expect(xmlText("a\u0000b\u001Bc\tde\nf\rg")).toBe("abc\tde\nf\rg");
    expect(stripInvalidXmlChars("x\uD83D\uDE00y\uDE00z\uD83D")).toBe("x\uD83D\uDE00yz");
  });
});
