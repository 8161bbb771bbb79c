import { describe, expect, it } from "vitest";
import { EVIDENCE_URL_MAX_CHARS, normalizeEvidenceUrl } from "./evidence-url";

function accepted(raw: string): { url: string; normalized: string } {
  const result = normalizeEvidenceUrl(raw);
  if (!result.ok) throw new Error(`${JSON.stringify(raw)} was refused: ${result.message}`);
  return { url: result.url, normalized: result.normalized };
}

function refusal(raw: string): string {
  const result = normalizeEvidenceUrl(raw);
  if (result.ok) throw new Error(`${JSON.stringify(raw)} was accepted as ${result.url}`);
  return result.message;
}

const NOT_A_LINK = /does not look like a web address/;

describe("normalizeEvidenceUrl: what is accepted", () => {
  it("keeps the link as the user meant it, serialised", () => {
    expect(accepted("  https://Example.org/Report?id=4#p2 \n")).toEqual({ url: "https://example.org/Report?id=4#p2", normalized: "https://example.org/Report?id=4" });
  });

  it("adds https:// to addresses pasted without a scheme", () => {
    expect(accepted("www.example.org/x").url).toBe("https://www.example.org/x");
    expect(accepted("example.org").url).toBe("https://example.org/");
    expect(accepted("example.org:8080/x").url).toBe("https://example.org:8080/x");
    expect(accepted("//example.org/x").url).toBe("https://example.org/x");
  });

  it("accepts IP addresses and international domain names", () => {
    expect(accepted("http://192.0.2.1:8080/a").url).toBe("http://192.0.2.1:8080/a");
    expect(accepted("https://[2001:db8::1]/a").url).toBe("https://[2001:db8::1]/a");
    expect(accepted("https://0x7f.1/").url).toBe("https://127.0.0.1/");
    expect(accepted("https://bücher.de/ä").url).toBe("https://xn--bcher-kva.de/%C3%A4");
    expect(accepted("https://sub_domain.example.co.uk/").url).toBe("https://sub_domain.example.co.uk/");
  });

  it("removes line breaks and tabs a copy from a PDF or e-mail left inside", () => {
    expect(accepted("https://example.org/long/\n  path").url).toBe("https://example.org/long/%20%20path");
    expect(accepted("https://exam\nple.org/a\tb").url).toBe("https://example.org/ab");
  });

  it("accepts exactly 2,048 characters", () => {
    const base = "https://example.org/";
    expect(accepted(base + "a".repeat(EVIDENCE_URL_MAX_CHARS - base.length)).url).toHaveLength(EVIDENCE_URL_MAX_CHARS);
  });
});

describe("normalizeEvidenceUrl: what is refused", () => {
  it("asks for a link when there is none", () => {
    for (const raw of ["", "   ", "\n\t", "\u0000\u0001"]) expect(refusal(raw)).toBe("Paste the link to the source.");
  });

  it("names the scheme of links that are not web pages", () => {
    expect(refusal("javascript:alert(1)")).toBe('Only web links (http:// or https://) can be evidence; "javascript:" links are not allowed.');
    const cases: [string, string][] = [
      ["data:text/html;base64,PHNjcmlwdD4=", "data:"],
      ["file:///etc/passwd", "file:"],
      ["ftp://example.org/a", "ftp:"],
      ["mailto:desk@example.org", "mailto:"],
      ["vbscript:msgbox(1)", "vbscript:"],
      ["blob:https://example.org/uuid", "blob:"],
      ["chrome://settings", "chrome:"],
    ];
    for (const [raw, scheme] of cases) expect(refusal(raw)).toContain(`"${scheme}" links are not allowed`);
  });

  it("sees through case, whitespace and control-character tricks", () => {
    for (const raw of ["JaVaScRiPt:alert(1)", "  javascript:alert(1)", "\u0001\u001fjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u00a0javascript:alert(1)"]) {
      expect(refusal(raw), JSON.stringify(raw)).toContain('"javascript:"');
    }
  });

  it("treats entity-encoded and otherwise mangled schemes as invalid addresses", () => {
    for (const raw of ["javascript&colon;alert(1)", "&#106;avascript:alert(1)", "java\u0000script:alert(1)", "/relative/path", "\\\\evil.example", "?q=1", "#top", "https://", "http:///x"]) {
      expect(refusal(raw), JSON.stringify(raw)).toMatch(NOT_A_LINK);
    }
  });

  it("refuses links with a user name or password", () => {
    expect(refusal("https://user:pass@example.org/")).toMatch(/user name and password/);
    expect(refusal("https://example.org@evil.example/")).toMatch(/user name and password/);
  });

  it("recognises an e-mail address pasted as a link", () => {
    expect(refusal("desk@example.org")).toMatch(/e-mail address/);
  });

  it("refuses hosts that are not a domain or an IP address", () => {
    for (const raw of ["localhost:3000", "https://localhost/", "https://intranet/", "https://a*b.example/", "https://-a.example/", "https://a-.example/", "https://example.123/", "https://example.o/", "https://exa mple.org/", `https://${"a".repeat(64)}.org/`, `https://${"a.".repeat(127)}org/`, "https://256.1.1.1/"]) {
      expect(refusal(raw), raw).toMatch(NOT_A_LINK);
    }
  });

  it("refuses links over 2,048 characters, before or after encoding", () => {
    expect(refusal(`https://example.org/${"a".repeat(EVIDENCE_URL_MAX_CHARS)}`)).toMatch(/longer than 2,048 characters/);
    expect(refusal(`https://example.org/${"ä".repeat(1000)}`)).toMatch(/longer than 2,048 characters/);
    expect(refusal("x".repeat(100_000))).toMatch(/longer than/);
  });
});

describe("normalizeEvidenceUrl: the duplicate key", () => {
  const key = (raw: string) => accepted(raw).normalized;

  it("gives the same key to the same page written differently", () => {
    expect(key("HTTP://WWW.Example.org:80/a/?utm_source=x&b=2&a=1#frag")).toBe("https://example.org/a?a=1&b=2");
    expect(key("https://example.org/a?a=1&b=2")).toBe("https://example.org/a?a=1&b=2");
    expect(key("example.org/a/?b=2&a=1")).toBe("https://example.org/a?a=1&b=2");
  });

  it("drops tracking parameters, whatever their case", () => {
    const tracked = "https://e.org/p?UTM_Medium=1&utm_campaign=x&fbclid=y&gclid=z&mc_cid=1&mc_eid=2&igshid=3&ref_src=4&si=5&id=7";
    expect(key(tracked)).toBe("https://e.org/p?id=7");
    expect(key("https://e.org/p?utm_source=x")).toBe("https://e.org/p");
    expect(key("https://e.org/p?utm=1&sid=2&ref=3")).toBe("https://e.org/p?ref=3&sid=2&utm=1");
  });

  it("sorts parameters by name, then value, and keeps repeated ones", () => {
    expect(key("https://e.org/?b=1&a=2&a=1&c")).toBe("https://e.org/?a=1&a=2&b=1&c");
    expect(key("https://e.org/?&&a=1&")).toBe("https://e.org/?a=1");
    expect(key("https://e.org/?")).toBe("https://e.org/");
  });

  it("removes trailing slashes but keeps the root", () => {
    expect(key("https://e.org/a/b/")).toBe("https://e.org/a/b");
    expect(key("https://e.org/a//")).toBe("https://e.org/a");
    expect(key("https://e.org/")).toBe("https://e.org/");
    expect(key("https://e.org")).toBe("https://e.org/");
  });

  it("keeps the path's case and meaningful escapes, decodes unreserved ones", () => {
    expect(key("https://e.org/%7Euser/%41%2f%2F%20?q=%7e%2a")).toBe("https://e.org/~user/A%2F%2F%20?q=~%2A");
    expect(key("https://e.org/Report")).not.toBe(key("https://e.org/report"));
  });

  it("drops www. only at the start of the host, and a trailing dot", () => {
    expect(key("https://www.e.org./a")).toBe("https://e.org/a");
    expect(key("https://www2.e.org/a")).toBe("https://www2.e.org/a");
    expect(key("https://news.www.e.org/a")).toBe("https://news.www.e.org/a");
  });

  it("keeps non-default ports and drops both default ones", () => {
    expect(key("https://e.org:8443/a")).toBe("https://e.org:8443/a");
    expect(key("http://e.org:443/a")).toBe("https://e.org/a");
    expect(key("https://e.org:80/a")).toBe("https://e.org/a");
  });

  it("gives different pages different keys", () => {
    expect(key("https://e.org/a?id=1")).not.toBe(key("https://e.org/a?id=2"));
    expect(key("https://e.org/a")).not.toBe(key("https://e.org/b"));
    expect(key("https://a.e.org/")).not.toBe(key("https://e.org/"));
  });
});
