import { describe, expect, it } from "vitest";
import { type Block, commentPlainText, type Inline, parseCommentMarkdown, safeHref } from "./comment-markdown";
import { COMMENT_MAX_CHARS } from "./mentions";

const text = (t: string): Inline => ({ type: "text", text: t });
const strong = (...children: Inline[]): Inline => ({ type: "strong", children });
const em = (...children: Inline[]): Inline => ({ type: "em", children });
const link = (href: string, ...children: Inline[]): Inline => ({ type: "link", href, children });
const br: Inline = { type: "break" };

/** The inlines of a body that must parse to exactly one paragraph. */
function inline(body: string): Inline[] {
  const blocks = parseCommentMarkdown(body);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.type !== "paragraph") throw new Error(`expected a paragraph, got ${JSON.stringify(blocks)}`);
  return block.children;
}

/** Every href anywhere in the tree. */
function hrefs(blocks: Block[]): string[] {
  const found: string[] = [];
  const walk = (nodes: Inline[]) => {
    for (const n of nodes) {
      if (n.type === "link") found.push(n.href);
      if ("children" in n) walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.type === "list") b.items.forEach(walk);
    else if (b.type !== "codeblock") walk(b.children);
  }
  return found;
}

describe("blocks", () => {
  it("separates paragraphs by blank lines and keeps single newlines as breaks", () => {
    expect(parseCommentMarkdown("one\ntwo\n\n\nthree")).toEqual([
      { type: "paragraph", children: [text("one"), br, text("two")] },
      { type: "paragraph", children: [text("three")] },
    ]);
  });

  it("returns nothing for empty or blank bodies", () => {
    expect(parseCommentMarkdown("")).toEqual([]);
    expect(parseCommentMarkdown(" \n\t\n  ")).toEqual([]);
  });

  it("treats CRLF and CR like LF", () => {
    expect(parseCommentMarkdown("a\r\nb\rc")).toEqual(parseCommentMarkdown("a\nb\nc"));
  });

  it("parses bullet and ordered lists, and starts a new list when the kind changes", () => {
    expect(parseCommentMarkdown("- one\n* two\n1. first\n22. second")).toEqual([
      { type: "list", ordered: false, items: [[text("one")], [text("two")]] },
      { type: "list", ordered: true, items: [[text("first")], [text("second")]] },
    ]);
  });

  it("continues an item on indented lines; an unindented line starts a paragraph", () => {
    expect(parseCommentMarkdown("Sources:\n- the report\n  page 4\nThanks")).toEqual([
      { type: "paragraph", children: [text("Sources:")] },
      { type: "list", ordered: false, items: [[text("the report"), br, text("page 4")]] },
      { type: "paragraph", children: [text("Thanks")] },
    ]);
  });

  it("does not mistake emphasis, numbers or bare markers for list items", () => {
    expect(inline("*not* a list")).toEqual([em(text("not")), text(" a list")]);
    expect(inline("-no space")).toEqual([text("-no space")]);
    expect(inline("3.5 million")).toEqual([text("3.5 million")]);
    expect(inline("-")).toEqual([text("-")]);
    expect(inline("1234567890. too long")).toEqual([text("1234567890. too long")]);
  });

  it("parses quotes; a line without > ends the quote", () => {
    expect(parseCommentMarkdown("> they said\n>\n> **this**\nMy reply")).toEqual([
      { type: "quote", children: [text("they said"), br, br, strong(text("this"))] },
      { type: "paragraph", children: [text("My reply")] },
    ]);
    expect(parseCommentMarkdown(">\n>")).toEqual([]);
    expect(parseCommentMarkdown(">> nested")).toEqual([{ type: "quote", children: [text("> nested")] }]);
  });

  it("keeps fenced code verbatim, with no syntax inside", () => {
    const body = "Look:\n```js\n*x* [a](https://e.org) @[A](user:a)\n  <b>\n```\nafter";
    expect(parseCommentMarkdown(body)).toEqual([
      { type: "paragraph", children: [text("Look:")] },
      { type: "codeblock", text: "*x* [a](https://e.org) @[A](user:a)\n  <b>" },
      { type: "paragraph", children: [text("after")] },
    ]);
  });

  it("closes a fence only with at least as many backticks", () => {
    expect(parseCommentMarkdown("````\n```\n````")).toEqual([{ type: "codeblock", text: "```" }]);
    expect(parseCommentMarkdown("```\n```")).toEqual([{ type: "codeblock", text: "" }]);
  });

  it("leaves an unclosed fence as literal text", () => {
    expect(parseCommentMarkdown("```\ncode\n\nmore")).toEqual([
      { type: "paragraph", children: [text("```"), br, text("code")] },
      { type: "paragraph", children: [text("more")] },
    ]);
  });

  it("has no headings, rules or HTML: they stay text", () => {
    expect(inline("# Title")).toEqual([text("# Title")]);
    expect(inline("<script>alert(1)</script>")).toEqual([text("<script>alert(1)</script>")]);
    expect(inline('<img src=x onerror="alert(1)">')).toEqual([text('<img src=x onerror="alert(1)">')]);
    expect(inline("&lt;b&gt; &#106;")).toEqual([text("&lt;b&gt; &#106;")]);
  });

  it("keeps Unicode line separators inside quotes and items", () => {
    expect(parseCommentMarkdown("> a\u2028b\n- c\u2029d")).toEqual([
      { type: "quote", children: [text("a\u2028b")] },
      { type: "list", ordered: false, items: [[text("c\u2029d")]] },
    ]);
  });

  it("replaces NUL characters", () => {
    expect(inline("a\u0000b")).toEqual([text("a\uFFFDb")]);
  });
});

describe("emphasis and code", () => {
  it("parses strong, em with * and _, and code", () => {
    expect(inline("**bold**, *em*, _em_ and `code`")).toEqual([
      strong(text("bold")), text(", "), em(text("em")), text(", "), em(text("em")), text(" and "), { type: "code", text: "code" },
    ]);
  });

  it("nests emphasis", () => {
    expect(inline("***both***")).toEqual([em(strong(text("both")))]);
    expect(inline("**bold *and em***")).toEqual([strong(text("bold "), em(text("and em")))]);
    expect(inline("*a **b** c*")).toEqual([em(text("a "), strong(text("b")), text(" c"))]);
  });

  it("leaves unclosed and unmatched markers literal", () => {
    expect(inline("**a")).toEqual([text("**a")]);
    expect(inline("*a _b* c_")).toEqual([em(text("a _b")), text(" c_")]);
    expect(inline("a * b * c")).toEqual([text("a * b * c")]);
    expect(inline("** a **")).toEqual([text("** a **")]);
    expect(inline("***a*")).toEqual([text("**"), em(text("a"))]);
  });

  it("keeps underscores inside words and arithmetic literal", () => {
    expect(inline("snake_case_name and 2*3*4 and a_b")).toEqual([text("snake_case_name and 2"), em(text("3")), text("4 and a_b")]);
    expect(inline("file_name_v2_final")).toEqual([text("file_name_v2_final")]);
  });

  it("keeps everything inside code literal", () => {
    expect(inline("`**a** [x](https://e.org) <b>`")).toEqual([{ type: "code", text: "**a** [x](https://e.org) <b>" }]);
    expect(inline("``a ` b``")).toEqual([{ type: "code", text: "a ` b" }]);
    expect(inline("`` `x` ``")).toEqual([{ type: "code", text: "`x`" }]);
    expect(inline("`a\nb`")).toEqual([{ type: "code", text: "a b" }]);
  });

  it("leaves unmatched backticks literal", () => {
    expect(inline("a ` b")).toEqual([text("a ` b")]);
    expect(inline("``a`")).toEqual([text("``a`")]);
  });

  it("lets a backslash escape punctuation", () => {
    expect(inline("\\*not em\\* \\[x\\](y) \\\\")).toEqual([text("*not em* [x](y) \\")]);
    expect(inline("C:\\Users\\x")).toEqual([text("C:\\Users\\x")]);
  });
});

describe("mentions", () => {
  it("turns tokens into mention nodes", () => {
    expect(inline("cc @[Ana María](user:u_1), **@[Bo](user:b)**")).toEqual([
      text("cc "), { type: "mention", userId: "u_1", name: "Ana María" }, text(", "), strong({ type: "mention", userId: "b", name: "Bo" }),
    ]);
  });

  it("keeps markup in a name as part of the name", () => {
    expect(inline("@[*Ana* `x`](user:a)")).toEqual([{ type: "mention", userId: "a", name: "*Ana* `x`" }]);
  });

  it("is not a mention inside code, or when malformed", () => {
    expect(inline("`@[A](user:a)`")).toEqual([{ type: "code", text: "@[A](user:a)" }]);
    expect(inline("@[A](user:a b)")).toEqual([text("@[A](user:a b)")]);
    expect(inline("\\@[A](user:a)")).toEqual([text("@[A](user:a)")]);
  });
});

describe("links", () => {
  it("parses [text](url) with inline formatting in the text", () => {
    expect(inline("see [the **report**](https://example.org/r?a=1&b=2#p4)")).toEqual([
      text("see "), link("https://example.org/r?a=1&b=2#p4", text("the "), strong(text("report"))),
    ]);
  });

  it("accepts http, https and mailto, in any case, with spaces around the address", () => {
    expect(hrefs(parseCommentMarkdown("[a](http://e.org) [b](HTTPS://E.ORG/x) [c](mailto:desk@e.org) [d]( https://e.org )"))).toEqual([
      "http://e.org/", "https://e.org/x", "mailto:desk@e.org", "https://e.org/",
    ]);
  });

  it("keeps balanced parentheses in the address", () => {
    expect(inline("[Pan](https://en.wikipedia.org/wiki/Pan_(bread))")).toEqual([link("https://en.wikipedia.org/wiki/Pan_(bread)", text("Pan"))]);
  });

  it("serialises the address as the browser will read it", () => {
    expect(hrefs(parseCommentMarkdown("[a](https://bücher.de/ä)"))).toEqual(["https://xn--bcher-kva.de/%C3%A4"]);
  });

  it("renders links to any other kind of address as the original markup", () => {
    const hostile = [
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x](javascript&colon;alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](vbscript:msgbox(1))",
      "[x](file:///etc/passwd)",
      "[x](//evil.example/x)",
      "[x](/relative/path)",
      "[x](evil.example)",
      "[x](https:evil.example)",
      "[x](https://)",
      "[x](https://user:pass@evil.example)",
      "[x](https://e.org@evil.example)",
      "[x](mailto:)",
    ];
    for (const body of hostile) expect(inline(body), body).toEqual([text(body)]);
  });

  it("never makes a link out of whitespace or control-character tricks", () => {
    const tricks = ["[x](java\tscript:alert(1))", "[x](java\nscript:alert(1))", "[x](\u0001javascript:alert(1))", "[x]( javascript:alert(1))", "[x](https://e.org\u0000)", "[x](https:\\\\evil.example)"];
    for (const body of tricks) {
      const blocks = parseCommentMarkdown(body);
      expect(hrefs(blocks), JSON.stringify(body)).toEqual([]);
      expect(commentPlainText(blocks)).toMatch(/^\[x\]\(/);
    }
  });

  it("does not nest links", () => {
    expect(inline("[a [b](https://b.org)](https://a.org)")).toEqual([link("https://a.org/", text("a [b](https://b.org)"))]);
  });

  it("shows the address when the link text is empty", () => {
    expect(inline("[](https://e.org)")).toEqual([link("https://e.org/", text("https://e.org"))]);
  });

  it("leaves brackets that do not form a link as text, formatting inside them still applies", () => {
    expect(inline("[*a*] (https://e.org)")).toEqual([text("["), em(text("a")), text("] ("), link("https://e.org/", text("https://e.org")), text(")")]);
    expect(inline("[a](")).toEqual([text("[a](")]);
    expect(inline("[a](https://e.org")).toEqual([text("[a]("), link("https://e.org/", text("https://e.org"))]);
    expect(inline("]a[")).toEqual([text("]a[")]);
  });

  it("lets a link win over emphasis that crosses it", () => {
    expect(inline("*a [b* c](https://e.org)")).toEqual([text("*a "), link("https://e.org/", text("b* c"))]);
  });

  it("allows a mention as link text", () => {
    expect(inline("[@[A](user:a)](https://e.org)")).toEqual([link("https://e.org/", { type: "mention", userId: "a", name: "A" })]);
  });
});

describe("bare URLs", () => {
  it("autolinks http and https addresses", () => {
    expect(inline("see https://example.org/report?id=4 now")).toEqual([
      text("see "), link("https://example.org/report?id=4", text("https://example.org/report?id=4")), text(" now"),
    ]);
    expect(hrefs(parseCommentMarkdown("HTTP://E.ORG"))).toEqual(["http://e.org/"]);
  });

  it("leaves trailing punctuation out of the link", () => {
    for (const end of [".", ",", ";", ":", "!", "?", "'", '"', "...", "?!"]) {
      expect(inline(`go to https://e.org/a${end}`), end).toEqual([text("go to "), link("https://e.org/a", text("https://e.org/a")), text(end)]);
    }
  });

  it("keeps a closing parenthesis only when it is balanced", () => {
    expect(inline("(see https://e.org/a)")).toEqual([text("(see "), link("https://e.org/a", text("https://e.org/a")), text(")")]);
    expect(inline("https://en.wikipedia.org/wiki/Pan_(bread).")).toEqual([
      link("https://en.wikipedia.org/wiki/Pan_(bread)", text("https://en.wikipedia.org/wiki/Pan_(bread)")), text("."),
    ]);
    expect(inline("(https://e.org/a_(b)).")).toEqual([text("("), link("https://e.org/a_(b)", text("https://e.org/a_(b)")), text(").")]);
  });

  it("works inside emphasis and keeps underscores and asterisks of the address", () => {
    expect(inline("**https://e.org/a_b_c**")).toEqual([strong(link("https://e.org/a_b_c", text("https://e.org/a_b_c")))]);
  });

  it("does not autolink other schemes, words that merely contain http, or empty hosts", () => {
    expect(inline("javascript:alert(1) ftp://e.org xhttps://e.org https:// http://.")).toEqual([
      text("javascript:alert(1) ftp://e.org xhttps://e.org https:// http://."),
    ]);
  });

  it("stops at angle brackets, quotes and spaces", () => {
    expect(inline('<https://e.org/a>"https://e.org/b"')).toEqual([
      text("<"), link("https://e.org/a", text("https://e.org/a")), text('>"'), link("https://e.org/b", text("https://e.org/b")), text('"'),
    ]);
  });

  it("is not autolinked inside link text or code", () => {
    expect(inline("[https://a.org](https://b.org)")).toEqual([link("https://b.org/", text("https://a.org"))]);
    expect(inline("`https://a.org`")).toEqual([{ type: "code", text: "https://a.org" }]);
  });

  it("stops before a mention", () => {
    expect(inline("https://e.org/@[A](user:a)")).toEqual([link("https://e.org/", text("https://e.org/")), { type: "mention", userId: "a", name: "A" }]);
  });
});

describe("safeHref", () => {
  it("passes web and mail addresses, serialised", () => {
    expect(safeHref("https://E.org")).toBe("https://e.org/");
    expect(safeHref("http://192.0.2.1:8080/x")).toBe("http://192.0.2.1:8080/x");
    expect(safeHref("https://[2001:db8::1]/")).toBe("https://[2001:db8::1]/");
    expect(safeHref("mailto:a@e.org")).toBe("mailto:a@e.org");
  });

  it("refuses everything else", () => {
    for (const raw of ["", "javascript:alert(1)", " https://e.org", "https://e.org/ x", "https://e.org/\u007f", "https://a b.org", "https://e.org\\@evil", "//e.org", "https://u@e.org", "https://e.org:99999"]) {
      expect(safeHref(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});

describe("commentPlainText", () => {
  it("writes mentions as @Name and links as their text", () => {
    const blocks = parseCommentMarkdown("Hi @[Ana](user:a), see **[the report](https://e.org)** and `x`.\nThanks");
    expect(commentPlainText(blocks)).toBe("Hi @Ana, see the report and x.\nThanks");
  });

  it("keeps blocks apart, numbers ordered lists and marks quotes", () => {
    const body = "> they said\n>\n> more\n\n- a\n- b\n\n1. one\n1. two\n\n```\ncode\n```";
    expect(commentPlainText(parseCommentMarkdown(body))).toBe("> they said\n>\n> more\n\n- a\n- b\n\n1. one\n2. two\n\ncode");
  });

  it("returns an empty string for no blocks", () => {
    expect(commentPlainText([])).toBe("");
  });
});

describe("hostile input", () => {
  const pathological = [
    "*".repeat(COMMENT_MAX_CHARS),
    "_".repeat(COMMENT_MAX_CHARS),
    "[".repeat(COMMENT_MAX_CHARS),
    "]".repeat(COMMENT_MAX_CHARS),
    "(".repeat(COMMENT_MAX_CHARS),
    "`".repeat(COMMENT_MAX_CHARS),
    "**a".repeat(1000),
    "*a".repeat(2500),
    "_a ".repeat(1666),
    "*a _a ".repeat(416) + "a_ a* ".repeat(416),
    "[a](".repeat(1250),
    "[](".repeat(1666),
    "[a](https://".repeat(416),
    "[a]".repeat(1666),
    "@[".repeat(2500),
    "@[a](user:".repeat(500),
    "`a".repeat(2500),
    "``a`".repeat(1250),
    "http://".repeat(714),
    "https://e.org/" + ")".repeat(4980),
    "\\".repeat(COMMENT_MAX_CHARS),
    "> ".repeat(2500),
    "- ".repeat(2500),
    "```\n".repeat(1250),
    "a\n".repeat(2500),
    "\n".repeat(COMMENT_MAX_CHARS),
  ];

  it("parses 5,000 characters of pathological input without blowing up", () => {
    for (const body of pathological) {
      const started = performance.now();
      const blocks = parseCommentMarkdown(body);
      commentPlainText(blocks);
      expect(performance.now() - started, JSON.stringify(body.slice(0, 20))).toBeLessThan(500);
    }
  });

  it("loses no text on unclosed markers", () => {
    for (const body of ["*".repeat(50), "[".repeat(50), "a **b", "**a *b", "_a", "`".repeat(7), "`a", "[a](b", "_a ".repeat(10).trim()]) {
      expect(commentPlainText(parseCommentMarkdown(body))).toBe(body);
    }
  });

  it("never produces an href that is not http(s) or mailto", () => {
    const blocks = parseCommentMarkdown(
      [
        "[a](javascript:alert(1))", "[b](https://ok.org)", "[c](data:x)", "https://auto.org",
        "[d](  javascript:x )", "[e](jav&#x09;ascript:x)", "[f](vbscript:x)", "mailto:x@y.org",
      ].join("\n"),
    );
    for (const href of hrefs(blocks)) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/);
    expect(hrefs(blocks)).toEqual(["https://ok.org/", "https://auto.org/"]);
  });
});
