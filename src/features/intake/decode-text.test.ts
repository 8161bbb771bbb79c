import { describe, expect, it } from "vitest";
import { charsetFromContentType, decodeText, sniffHtmlCharset } from "./decode-text";

const utf8 = (s: string) => new TextEncoder().encode(s);
// "سلام" and ZWNJ (0x9D) in windows-1256, as older Persian and Arabic sites serve them.
const SALAM_1256 = [0xd3, 0xe1, 0xc7, 0xe3];

describe("decodeText", () => {
  it("decodes UTF-8 by default and drops the BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Qatar’s")]))).toBe("Qatar’s");
  });

  it("detects UTF-16 by its byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x61, 0x00]))).toBe("Ka");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x00, 0x61]))).toBe("Ka");
  });

  it("uses the declared charset", () => {
    expect(decodeText(new Uint8Array(SALAM_1256), { declaredCharset: "windows-1256" })).toBe("سلام");
  });

  it("finds <meta charset> in HTML when nothing is declared", () => {
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>');
    const bytes = new Uint8Array([...head, ...SALAM_1256, 0x9d]);
    expect(decodeText(bytes, { sniffHtml: true })).toContain("سلام\u200C");
  });

  it("ignores unknown charset labels instead of failing", () => {
    expect(decodeText(utf8("Kabul"), { declaredCharset: "no-such-charset" })).toBe("Kabul");
  });

  it("throws on invalid UTF-8 when fatal", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0xff, 0xfe, 0x41]), { fatal: true })).toThrow();
  });
});

describe("charset helpers", () => {
  it("reads the charset parameter of a Content-Type", () => {
    expect(charsetFromContentType('text/html; charset="Windows-1256"')).toBe("windows-1256");
    expect(charsetFromContentType("text/html")).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it("sniffs <meta charset>", () => {
    expect(sniffHtmlCharset(utf8('<meta charset="ISO-8859-1">'))).toBe("iso-8859-1");
    expect(sniffHtmlCharset(utf8("<p>no meta</p>"))).toBeNull();
  });
});
