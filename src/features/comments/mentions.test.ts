import { describe, expect, it } from "vitest";
import { COMMENT_MAX_CHARS, extractMentionIds, findMentionQuery, matchMentionAt, mentionToken, replaceMentionQuery } from "./mentions";

describe("mentionToken", () => {
  it("writes the token the parser reads back", () => {
    const token = mentionToken("Ana María", "u_1-x");
    expect(token).toBe("@[Ana María](user:u_1-x)");
    expect(matchMentionAt(token, 0)).toEqual({ name: "Ana María", userId: "u_1-x", end: token.length });
  });

  it("keeps the token parseable whatever the name holds", () => {
    for (const name of ["Ana ]evil[ B", "Line\nbreak", "Tab\tand\r\nCRLF", "[[]]x", "A (AFP) ](user:other)", "\u0000nul"]) {
      const token = mentionToken(name, "u1");
      expect(extractMentionIds(`hi ${token}`)).toEqual(["u1"]);
      expect(matchMentionAt(token, 0)?.name).not.toMatch(/[[\]\n\r]/);
    }
    expect(mentionToken("Line\nbreak", "u1")).toBe("@[Line break](user:u1)");
    expect(mentionToken("  [Ana]  ", "u1")).toBe("@[Ana](user:u1)");
  });

  it("cuts long names at 100 characters without splitting an emoji", () => {
    expect(matchMentionAt(mentionToken("x".repeat(300), "u1"), 0)?.name).toHaveLength(100);
    const emoji = mentionToken("a" + "😀".repeat(60), "u1");
    const name = matchMentionAt(emoji, 0)?.name ?? "";
    expect(name).toBe("a" + "😀".repeat(49));
  });

  it("falls back to the id when nothing of the name is left", () => {
    expect(mentionToken("[]\n", "u1")).toBe("@[u1](user:u1)");
    expect(mentionToken("", "u1")).toBe("@[u1](user:u1)");
  });

  it("refuses ids that could not be stored in a token", () => {
    for (const id of ["", "a b", "a)b", "x".repeat(65), "ü"]) expect(() => mentionToken("Ana", id)).toThrow(RangeError);
    expect(mentionToken("Ana", "x".repeat(64))).toContain(`(user:${"x".repeat(64)})`);
  });
});

describe("extractMentionIds", () => {
  it("returns each id once, in order of first appearance", () => {
    const body = "@[B](user:b) and @[A](user:a), again @[Bee](user:b)\n@[C](user:c)";
    expect(extractMentionIds(body)).toEqual(["b", "a", "c"]);
  });

  it("ignores malformed tokens", () => {
    const bad = [
      "@[](user:a)", // empty name
      "@[ ](user:a)", // blank name
      "@[A](user:)", // empty id
      "@[A](user:a b)",
      "@[A](usr:a)",
      "@[A] (user:a)",
      "@[Li\nne](user:a)",
      `@[${"x".repeat(101)}](user:a)`,
      `@[A](user:${"x".repeat(65)})`,
      "[A](user:a)",
    ];
    for (const body of bad) expect(extractMentionIds(body), body).toEqual([]);
  });

  it("accepts the limits exactly", () => {
    expect(extractMentionIds(`@[${"x".repeat(100)}](user:${"y".repeat(64)})`)).toEqual(["y".repeat(64)]);
  });

  it("handles an empty body and hostile input quickly", () => {
    expect(extractMentionIds("")).toEqual([]);
    const started = performance.now();
    expect(extractMentionIds("@[".repeat(COMMENT_MAX_CHARS / 2))).toEqual([]);
    expect(extractMentionIds(`@[${"a".repeat(COMMENT_MAX_CHARS)}`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("matchMentionAt", () => {
  it("only matches a token starting exactly at the index", () => {
    const text = "hi @[Ana](user:a)!";
    expect(matchMentionAt(text, 3)).toEqual({ name: "Ana", userId: "a", end: 17 });
    expect(matchMentionAt(text, 0)).toBeNull();
    expect(matchMentionAt(text, 4)).toBeNull();
    expect(matchMentionAt(text, 99)).toBeNull();
  });
});

describe("findMentionQuery", () => {
  const at = (text: string) => findMentionQuery(text.replace("|", ""), text.indexOf("|"));

  it("finds what is typed after @ at the start of a line or after a space", () => {
    expect(at("@an|")).toEqual({ query: "an", start: 0 });
    expect(at("hello @An|")).toEqual({ query: "An", start: 6 });
    expect(at("first line\n@mar|ía")).toEqual({ query: "mar", start: 11 });
    expect(at("ask\t@x|")).toEqual({ query: "x", start: 4 });
  });

  it("opens on a bare @ with an empty query", () => {
    expect(at("hi @|")).toEqual({ query: "", start: 3 });
    expect(at("@|")).toEqual({ query: "", start: 0 });
  });

  it("does not open inside words, e-mail addresses or after a space", () => {
    expect(at("mail ana@example|")).toBeNull();
    expect(at("hi @ana |")).toBeNull();
    expect(at("hi @ana maria|")).toBeNull();
    expect(at("no at sign|")).toBeNull();
    expect(at("|")).toBeNull();
  });

  it("does not reopen on a finished token", () => {
    expect(at("hi @[Ana](user:a)|")).toBeNull();
    expect(at("hi @[An|")).toBeNull();
  });

  it("gives up after 30 characters", () => {
    expect(at(`@${"x".repeat(30)}|`)).toEqual({ query: "x".repeat(30), start: 0 });
    expect(at(`@${"x".repeat(31)}|`)).toBeNull();
  });

  it("rejects carets outside the text", () => {
    expect(findMentionQuery("@an", -1)).toBeNull();
    expect(findMentionQuery("@an", 4)).toBeNull();
    expect(findMentionQuery("@an", 1.5)).toBeNull();
    expect(findMentionQuery("@an", Number.NaN)).toBeNull();
  });
});

describe("replaceMentionQuery", () => {
  it("puts the token and a space where the query was, and the caret after them", () => {
    const text = "thanks @an";
    const result = replaceMentionQuery(text, 7, 10, "Ana", "a");
    expect(result.text).toBe("thanks @[Ana](user:a) ");
    expect(result.caret).toBe(result.text.length);
  });

  it("keeps the text after the caret and reuses a space already there", () => {
    const result = replaceMentionQuery("cc @an please", 3, 6, "Ana", "a");
    expect(result.text).toBe("cc @[Ana](user:a) please");
    expect(result.text.slice(result.caret)).toBe("please");
    const beforeComma = replaceMentionQuery("cc @an, please", 3, 6, "Ana", "a");
    expect(beforeComma.text).toBe("cc @[Ana](user:a) , please");
  });

  it("round-trips with findMentionQuery and extractMentionIds", () => {
    const text = "line one\n@bo";
    const query = findMentionQuery(text, text.length);
    expect(query).not.toBeNull();
    const result = replaceMentionQuery(text, query?.start ?? 0, text.length, "Bo [ops]", "bo");
    expect(extractMentionIds(result.text)).toEqual(["bo"]);
    expect(findMentionQuery(result.text, result.caret)).toBeNull();
  });

  it("refuses ranges that are not inside the text", () => {
    expect(() => replaceMentionQuery("@a", 2, 1, "A", "a")).toThrow(RangeError);
    expect(() => replaceMentionQuery("@a", -1, 1, "A", "a")).toThrow(RangeError);
    expect(() => replaceMentionQuery("@a", 0, 3, "A", "a")).toThrow(RangeError);
  });
});
