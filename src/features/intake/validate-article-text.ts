import { AppError } from "@/lib/app-error";
import { MAX_ARTICLE_CHARS, formatSize } from "./limits";

/**
 * The last gate before an article is stored and analysed. Errors carry a field
 * name so the form can show the message next to the input the journalist used
 * ("text" for pasted text, "file" for uploads, "url" for imports).
 */

export const NOT_TEXT_MESSAGE =
  "This does not look like text (it contains binary data). Paste the article's text, or upload it as a .txt, .md or .html file.";

/**
 * True when the content is probably a binary file decoded as text (a PDF, an
 * image, a Word file): NUL bytes never occur in text, and a high share of
 * control or replacement characters (U+FFFD, left by failed decoding) means the
 * encoding was not text at all. 10 % leaves room for a few stray characters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  if (!text.length) return false;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isControl = (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0x7f && c <= 0x9f);
    if (isControl || c === 0xfffd) suspicious++;
  }
  return suspicious / text.length > 0.1;
}

export function validateArticleText(text: string, options: { field?: string } = {}): string {
  const field = options.field ?? "text";
  if (!text.trim()) {
    throw AppError.validation({ [field]: "The article is empty. Paste its text, upload a file or give a URL." });
  }
  if (looksBinary(text)) throw AppError.validation({ [field]: NOT_TEXT_MESSAGE });
  if (text.length > MAX_ARTICLE_CHARS) {
    // Characters, not bytes, are what we limit; "MB" is the unit people know.
    throw AppError.validation({
      [field]: `The article is too long: ${formatSize(text.length)}. The limit is ${formatSize(MAX_ARTICLE_CHARS)}. Split it into parts and check each part separately.`,
    });
  }
  return text;
}
