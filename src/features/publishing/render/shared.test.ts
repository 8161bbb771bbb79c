import { describe, expect, it } from "vitest";
import { html, render } from "../html";
import { formatDate, langTag, pageUrl, paragraphs, renderDocument, timeTag, verdictBadge } from "./shared";
import { parse } from "./test-helpers";

describe("formatDate", () => {
  it("writes dates as en-GB long dates in UTC", () => {
    expect(formatDate("2021-10-08T09:00:00.000Z")).toBe("8 October 2021");
    expect(formatDate("2021-10-08T23:59:59.999-05:00")).toBe("9 October 2021"); // already the 9th in UTC
    expect(formatDate("2024-02-29")).toBe("29 February 2024");
    expect(formatDate(new Date(Date.UTC(2000, 0, 1)))).toBe("1 January 2000");
  });

  it("gives null for what is not a date", () => {
    for (const value of ["", "soon", null, undefined, new Date(NaN)]) expect(formatDate(value)).toBeNull();
  });

  it("wraps a date in <time> with a machine-readable day", () => {
    expect(render(html`${timeTag("2021-10-08T22:00:00.000Z")}`)).toBe('<time datetime="2021-10-08">8 October 2021</time>');
    expect(timeTag("nope")).toBeNull();
  });
});

describe("paragraphs", () => {
  it("splits on blank lines, keeps single line breaks, drops empty blocks", () => {
    const out = paragraphs("One\r\nstill one\n\n  \n\nTwo\n \nThree\n\n").map(render);
    expect(out).toEqual(['<p dir="auto">One<br>still one</p>', '<p dir="auto">Two</p>', '<p dir="auto">Three</p>']);
    expect(paragraphs("   ")).toEqual([]);
  });

  it("escapes the text", () => {
    expect(render(html`${paragraphs("<b>x</b>")}`)).toBe('<p dir="auto">&lt;b&gt;x&lt;/b&gt;</p>');
  });
});

describe("pageUrl", () => {
  it("keeps http(s) URLs and paths from the site root", () => {
    expect(pageUrl("https://desk.example/s")).toBe("https://desk.example/s");
    expect(pageUrl("/s/blast.md")).toBe("/s/blast.md");
  });

  it("turns anything else into #", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "//evil.example", "/\\evil.example", "/a b", "relative", "", null]) {
      expect(pageUrl(url)).toBe("#");
    }
  });
});

describe("langTag", () => {
  it("keeps language tags and replaces anything else with en", () => {
    expect(langTag("ar")).toBe("ar");
    expect(langTag("pt-BR")).toBe("pt-BR");
    expect(langTag(`en" onload="x`)).toBe("en");
    expect(langTag("")).toBe("en");
  });
});

describe("verdictBadge", () => {
  it("always pairs the colour with an icon (hidden from screen readers) and the label", () => {
    const badge = parse(`<!doctype html><body>${render(verdictBadge({ label: "Mostly true", tone: "teal" }))}`).querySelector(".badge");
    expect(badge?.className).toBe("badge b-teal");
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe("≈");
    expect(badge?.textContent).toBe("≈Verdict: Mostly true");
  });

  it("shows no rating as Unverified, outline only, with a dash", () => {
    expect(render(verdictBadge(null))).toContain('class="badge b-none"><span aria-hidden="true">–</span>');
    expect(render(verdictBadge(null))).toContain(">Unverified<");
  });

  it("falls back to grey for a tone it does not know (a snapshot is stored JSON)", () => {
    expect(render(verdictBadge({ label: "Odd", tone: "purple" as never }))).toContain("b-grey");
  });
});

describe("renderDocument", () => {
  it("wraps the body in a complete document with the inline styles and no script", () => {
    const doc = parse(renderDocument({ lang: "fr", title: "T & <t>", body: html`<main><h1>${"<hello>"}</h1></main>` }));
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    expect(doc.querySelector("title")?.textContent).toBe("T & <t>");
    expect(doc.querySelector("h1")?.textContent).toBe("<hello>");
    expect(doc.querySelectorAll("style").length).toBe(1);
    expect(doc.querySelectorAll("script").length).toBe(0);
  });
});
