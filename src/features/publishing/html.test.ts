import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, httpUrl, isSafeHtml, render, safeUrl, trustedHtml, type SafeHtml } from "./html";

/** Parses the markup as a browser would, to see what it really became. */
function parse(markup: string) {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${markup}</body></html>`, "text/html");
}

describe("html", () => {
  it("escapes every character that can change the meaning of markup", () => {
    expect(escapeHtml(`&<>"'\``)).toBe("&amp;&lt;&gt;&quot;&#39;&#96;");
    expect(render(html`<p>${"Tom & Jerry <3"}</p>`)).toBe("<p>Tom &amp; Jerry &lt;3</p>");
  });

  it("leaves script and event-handler payloads as inert text", () => {
    const payloads = [
      "<script>alert(1)</script>",
      `<img src=x onerror="alert(1)">`,
      "</p><script>alert(document.cookie)</script><p>",
      "<svg onload=alert(1)>",
      "<!-- comment --><iframe src=javascript:alert(1)>",
    ];
    for (const payload of payloads) {
      const doc = parse(render(html`<p class="claim">${payload}</p>`));
      expect(doc.querySelectorAll("script, img, svg, iframe").length).toBe(0);
      expect(doc.querySelector("p.claim")?.textContent).toBe(payload);
    }
  });

  it("keeps a quote from closing an attribute", () => {
    const hostile = `x" onmouseover="alert(1)`;
    const single = `x' onmouseover='alert(1)`;
    const markup = render(html`<a title="${hostile}" data-x='${single}'>t</a>`);
    expect(markup).not.toContain('"alert');
    const link = parse(markup).querySelector("a");
    expect(link?.getAttribute("title")).toBe(hostile);
    expect(link?.getAttribute("data-x")).toBe(single);
    expect(link?.hasAttribute("onmouseover")).toBe(false);
  });

  it("renders null, undefined and false as nothing, numbers as text", () => {
    const none: string | null = null;
    expect(render(html`<p>${none}${undefined}${false}${0}${2.5}</p>`)).toBe("<p>02.5</p>");
  });

  it("nests SafeHtml without escaping it twice", () => {
    const inner = html`<b>${"a<b"}</b>`;
    expect(render(html`<p>${inner}</p>`)).toBe("<p><b>a&lt;b</b></p>");
    expect(render(html`<div>${html`<p>${html`<i>${"&"}</i>`}</p>`}</div>`)).toBe("<div><p><i>&amp;</i></p></div>");
  });

  it("renders arrays, escaping the strings and trusting the SafeHtml in them", () => {
    const items = ["<one>", "two"].map((t) => html`<li>${t}</li>`);
    expect(render(html`<ul>${items}</ul>`)).toBe("<ul><li>&lt;one&gt;</li><li>two</li></ul>");
    expect(render(html`${["<x>", html`<br>`, null, ["&", [html`<hr>`]]]}`)).toBe("&lt;x&gt;<br>&amp;<hr>");
    expect(render(html`<ul>${[]}</ul>`)).toBe("<ul></ul>");
  });

  it("does not take a look-alike object for SafeHtml", () => {
    const forged = JSON.parse(`{"__html":"<script>alert(1)</script>"}`) as SafeHtml;
    expect(isSafeHtml(forged)).toBe(false);
    expect(render(html`<p>${forged}</p>`)).not.toContain("<script>");
    expect(isSafeHtml(html`x`)).toBe(true);
  });

  it("passes trusted markup through untouched, and SafeHtml cannot be changed after the fact", () => {
    const fragment = trustedHtml(`{"a":"\\u003c"}`);
    expect(render(html`<script type="application/ld+json">${fragment}</script>`)).toBe(
      `<script type="application/ld+json">{"a":"\\u003c"}</script>`,
    );
    expect(Object.isFrozen(fragment)).toBe(true);
  });
});

describe("safeUrl", () => {
  it("keeps http and https URLs", () => {
    expect(safeUrl("https://example.org/a?b=1#c")).toBe("https://example.org/a?b=1#c");
    expect(safeUrl("HTTP://Example.org")).toBe("http://example.org/");
  });

  it("replaces every other scheme, and disguised ones, with #", () => {
    const bad = [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "//evil.example/x",
      "/relative/path",
      "not a url",
      "",
      null,
      undefined,
    ];
    for (const url of bad) expect(safeUrl(url)).toBe("#");
    expect(httpUrl("javascript:alert(1)")).toBeNull();
  });

  it("is also escaped when it goes into an attribute", () => {
    const markup = render(html`<a href="${safeUrl(`https://example.org/?q="><script>alert(1)</script>`)}">x</a>`);
    const doc = parse(markup);
    expect(doc.querySelectorAll("script").length).toBe(0);
    expect(doc.querySelector("a")?.getAttribute("href")).toMatch(/^https:\/\/example\.org\//);
  });
});
