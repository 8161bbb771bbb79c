import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "./comment-body";

const render = (body: string) => renderToStaticMarkup(createElement(CommentBody, { body }));

describe("CommentBody", () => {
  it("renders the Markdown subset as elements", () => {
    const html = render("Hi @[Ana](user:a), **see** [the report](https://e.org/r)\n\n- one\n1. two\n\n> quoted\n\n```\nx < y\n```");
    expect(html).toContain('<span dir="auto" data-user-id="a" class="mention font-medium text-sky-700 dark:text-sky-300">@Ana</span>');
    expect(html).toContain("<strong>see</strong>");
    expect(html).toContain('<a href="https://e.org/r" target="_blank" rel="noopener noreferrer nofollow ugc"');
    expect(html).toMatch(/<p dir="auto">Hi /);
    expect(html).toMatch(/<ul [^>]*><li dir="auto">one<\/li><\/ul><ol [^>]*><li dir="auto">two<\/li><\/ol>/);
    expect(html).toMatch(/<blockquote [^>]*>quoted<\/blockquote>/);
    expect(html).toContain("<code>x &lt; y</code>");
  });

  it("escapes HTML and never links to a script", () => {
    const html = render('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) @[<b>](user:b) `</code><i>`');
    expect(html).not.toMatch(/<script|<img|<b>|<i>|href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
  });
});
