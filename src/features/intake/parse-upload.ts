import { AppError } from "@/lib/app-error";
import { decodeText } from "./decode-text";
import { extractArticleFromHtml } from "./extract-html";
import { MAX_FETCH_BYTES, formatSize } from "./limits";
import { markdownToText, splitMarkdownArticle } from "./markdown";
import { normalizeArticleText } from "./normalize-text";
import { NOT_TEXT_MESSAGE, looksBinary, validateArticleText } from "./validate-article-text";

/**
 * An uploaded file → article text. Pure (bytes in, text out) so the API layer
 * decides how the file arrives. Errors name the "file" field so the upload
 * control shows them.
 */

export type UploadedFile = { name: string; bytes: Uint8Array };

export type ParsedUpload = {
  title: string | null;
  text: string;
  byline?: string;
  publishedAt?: Date;
  language?: string;
};

type Kind = "text" | "markdown" | "html";

const KINDS: Record<string, Kind> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

const fileError = (message: string) => AppError.validation({ file: message });

export function parseUploadedFile(file: UploadedFile): ParsedUpload {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name.trim())?.[1]?.toLowerCase() ?? "";
  const kind = KINDS[extension];
  if (!kind) throw fileError("Upload a .txt, .md or .html file.");
  if (file.bytes.length === 0) throw fileError("The file is empty. Choose the file that contains the article.");
  if (file.bytes.length > MAX_FETCH_BYTES) {
    throw fileError(`The file is too large: ${formatSize(file.bytes.length)}. The limit is ${formatSize(MAX_FETCH_BYTES)}.`);
  }

  const raw = decode(file.bytes, kind);
  // Check before normalising: normalisation removes the NUL and control
  // characters that give a binary file away.
  if (looksBinary(raw)) throw fileError(NOT_TEXT_MESSAGE);

  const parsed = parse(raw, kind);
  if (!parsed.text) {
    throw fileError(
      kind === "html"
        ? "We found no article text in this HTML file. Open it in a browser, copy the article and paste it instead."
        : "The file contains no text. Choose the file that contains the article.",
    );
  }
  validateArticleText(parsed.text, { field: "file" });
  return parsed;
}

function decode(bytes: Uint8Array, kind: Kind): string {
  if (kind === "html") {
    // Saved web pages declare their charset in <meta>; bad bytes become "�",
    // which looksBinary catches if the file is really not text.
    return decodeText(bytes, { sniffHtml: true });
  }
  try {
    // Plain text has no declared charset: accept UTF-8 (or UTF-16 with a BOM),
    // and refuse anything else rather than guess and corrupt names and quotes.
    return decodeText(bytes, { fatal: true });
  } catch {
    if (bytes.includes(0)) throw fileError(NOT_TEXT_MESSAGE);
    throw fileError(
      "This file is not in UTF-8, so its letters cannot be read reliably. Save it as UTF-8 (in most editors: Save As → Encoding: UTF-8) and upload it again.",
    );
  }
}

function parse(raw: string, kind: Kind): ParsedUpload {
  if (kind === "text") return { title: null, text: normalizeArticleText(raw) };
  if (kind === "markdown") {
    const { body, ...meta } = splitMarkdownArticle(raw);
    return { ...meta, text: normalizeArticleText(markdownToText(body)) };
  }
  const article = extractArticleFromHtml(raw);
  const result: ParsedUpload = { title: article.title, text: article.text };
  if (article.byline) result.byline = article.byline;
  if (article.publishedAt) result.publishedAt = article.publishedAt;
  if (article.language) result.language = article.language;
  return result;
}
