import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { MAX_FETCH_BYTES } from "./limits";
import { NEWS_PARAGRAPHS, NEWS_TITLE, newsPageHtml } from "./news-page.fixture";
import { parseUploadedFile } from "./parse-upload";

const utf8 = (s: string) => new TextEncoder().encode(s);

function fileError(name: string, bytes: Uint8Array): string | undefined {
  try {
    parseUploadedFile({ name, bytes });
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION") return error.fieldErrors?.file;
    throw error;
  }
  throw new Error("expected a VALIDATION error");
}

describe("parseUploadedFile", () => {
  it("reads a .txt file as normalised text without a title", () => {
    const result = parseUploadedFile({ name: "kunduz.TXT", bytes: utf8("\uFEFFFirst line\r\n\r\n\r\nSecond\u00A0 paragraph  ") });
    expect(result).toEqual({ title: null, text: "First line\n\nSecond paragraph" });
  });

  it("reads UTF-16 text files that start with a byte-order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from("Kabul’s").flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(parseUploadedFile({ name: "a.txt", bytes }).text).toBe("Kabul’s");
  });

  it("reads Markdown, taking the first # heading as the title", () => {
    const md = "# Taliban *refuse* help\n\nThe Taliban on **Saturday** said [no](https://x.test).\n\n- point one\n- point two";
    expect(parseUploadedFile({ name: "draft.md", bytes: utf8(md) })).toEqual({
      title: "Taliban refuse help",
      text: "The Taliban on Saturday said no.\n\n• point one\n• point two",
    });
  });

  it("reads Markdown front matter", () => {
    const md = "---\ntitle: Doha talks\nauthor: Kathy Gannon\ndate: 2021-10-09T12:00:00Z\n---\nBody.";
    const result = parseUploadedFile({ name: "a.markdown", bytes: utf8(md) });
    expect(result).toMatchObject({ title: "Doha talks", byline: "Kathy Gannon", text: "Body." });
    expect(result.publishedAt?.toISOString()).toBe("2021-10-09T12:00:00.000Z");
  });

  it("extracts the article from a saved web page", () => {
    const result = parseUploadedFile({ name: "page.htm", bytes: utf8(newsPageHtml()) });
    expect(result.title).toBe(NEWS_TITLE);
    expect(result.byline).toBe("Kathy Gannon");
    expect(result.publishedAt?.toISOString()).toBe("2021-10-09T14:32:00.000Z");
    expect(result.language).toBe("en");
    expect(result.text.split("\n\n")).toContain(NEWS_PARAGRAPHS[3]);
  });

  it("decodes a saved page in windows-1256 by its <meta charset>", () => {
    const head = utf8('<html lang="fa"><head><meta charset="windows-1256"></head><body><p>');
    const bytes = new Uint8Array([...head, 0xd3, 0xe1, 0xc7, 0xe3, ...utf8("</p></body></html>")]);
    expect(parseUploadedFile({ name: "fa.html", bytes }).text).toBe("سلام");
  });

  it("refuses other file types", () => {
    for (const name of ["report.pdf", "story.docx", "noextension", "image.png"]) {
      expect(fileError(name, utf8("text"))).toBe("Upload a .txt, .md or .html file.");
    }
  });

  it("refuses empty files and files with only whitespace", () => {
    expect(fileError("a.txt", new Uint8Array())).toMatch(/file is empty/);
    expect(fileError("a.txt", utf8(" \n\n "))).toMatch(/contains no text/);
    expect(fileError("a.html", utf8("<html><body><img src=x></body></html>"))).toMatch(/no article text/);
  });

  it("refuses binary content and text that is not UTF-8", () => {
    expect(fileError("photo.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/does not look like text/);
    expect(fileError("old.txt", new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]))).toMatch(/not in UTF-8.*Save it as UTF-8/);
    expect(fileError("ctrl.md", new Uint8Array(Array.from({ length: 40 }, (_, i) => (i % 3 ? 0x41 : 0x01))))).toMatch(/does not look like text/);
  });

  it("refuses files over the size limit", () => {
    expect(fileError("big.txt", new Uint8Array(MAX_FETCH_BYTES + 1).fill(0x61))).toMatch(/too large: 5 MB\. The limit is 5 MB/);
  });
});
