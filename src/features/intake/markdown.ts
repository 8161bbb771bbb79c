/**
 * Markdown → plain prose. Journalists upload drafts written in Markdown; the
 * fact-check works on the words, so syntax is removed while paragraphs, list
 * items and headings stay separate blocks. Pure and dependency-free on purpose:
 * a full Markdown parser would be heavier than the whole intake feature.
 */

// Placeholders keep escaped characters and code spans away from the syntax
// rules below (`snake_case` must not lose its underscores). Private-use code
// points never appear in real articles.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const BLOCK_QUOTE = /^\s{0,3}(?:>\s?)+/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])\s+(.*)$/;

export function markdownToText(md: string): string {
  const kept: string[] = [];
  const protect = (s: string) => `${OPEN}${kept.push(s) - 1}${CLOSE}`;
  const out: string[] = [];
  let paragraph: string[] = [];
  let isListItem = false;
  let fence: string | null = null;

  const flush = () => {
    if (paragraph.length) out.push(inline(paragraph.map((l) => l.trimEnd()).join(" "), protect));
    paragraph = [];
    isListItem = false;
  };

  const source = md.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->/g, "");
  for (const rawLine of source.split("\n")) {
    const fenceMatch = FENCE.exec(rawLine);
    if (fence !== null) {
      // Inside a fenced block every line is kept as written (no syntax applies).
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      else out.push(protect(rawLine));
      continue;
    }
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      continue;
    }

    // Escaped punctuation (\*, \#) is literal text, never syntax.
    let line = rawLine.replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_m, ch: string) => protect(ch));
    line = line.replace(BLOCK_QUOTE, "");

    if (!line.trim()) {
      flush();
      out.push("");
    } else if (SETEXT_UNDERLINE.test(line) && paragraph.length && !isListItem) {
      // "Title\n=====": the pending paragraph was a heading.
      flush();
      out.push("");
    } else if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      flush();
    } else if (ATX_HEADING.test(line)) {
      flush();
      out.push(inline(ATX_HEADING.exec(line)?.[1] ?? "", protect), "");
    } else if (LIST_ITEM.test(line)) {
      flush();
      const [, marker = "", rest = ""] = LIST_ITEM.exec(line) ?? [];
      paragraph = [/\d/.test(marker) ? `${marker} ${rest}` : `• ${rest}`];
      isListItem = true;
    } else {
      // Soft-wrapped lines of one paragraph join with a space, as Markdown renders
      // them; a hard break (two trailing spaces or a backslash) stays a line break.
      const last = paragraph.length - 1;
      const previous = paragraph[last];
      if (previous !== undefined && /(?: {2,}|\\)$/.test(previous)) {
        paragraph[last] = `${previous.replace(/(?: {2,}|\\)$/, "")}\n${line.trimStart()}`;
      } else {
        paragraph.push(line.trimStart());
      }
    }
  }
  flush();

  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replace(PLACEHOLDER, (_m, i: string) => kept[Number(i)] ?? "");
}

/** Inline syntax → text. Order matters: code spans first, entities last. */
function inline(text: string, protect: (s: string) => string): string {
  return decodeEntities(
    text
      .replace(/(`+)(.+?)\1(?!`)/g, (_m, _ticks, code: string) => protect(code.trim()))
      .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, "")
      .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, "")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1$2")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1$2"),
  );
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export type MarkdownArticle = { title: string | null; body: string; byline?: string; publishedAt?: Date };

/**
 * Splits an uploaded Markdown article into title and body: YAML front matter
 * (title/author/date) if present, and a leading "# Heading" as the title so it
 * is not repeated as the first paragraph. Body is still Markdown.
 */
export function splitMarkdownArticle(md: string): MarkdownArticle {
  let body = md.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(body);
  if (front?.[1] !== undefined) {
    for (const row of front[1].split("\n")) {
      const m = /^([A-Za-z_]+):\s*(.*?)\s*$/.exec(row);
      if (m?.[1] && m[2]) meta[m[1].toLowerCase()] = m[2].replace(/^(["'])(.*)\1$/, "$2");
    }
    body = body.slice(front[0].length);
  }

  let title: string | null = null;
  const heading = /^\s*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*(?:\n|$)/.exec(body) ?? /^\s*([^\n]+)\n[ ]{0,3}=+[ \t]*(?:\n|$)/.exec(body);
  if (heading?.[1]) {
    title = markdownToText(heading[1]).trim() || null;
    body = body.slice(heading[0].length);
  }
  title ??= meta.title ? markdownToText(meta.title).trim() || null : null;

  const result: MarkdownArticle = { title, body };
  const author = meta.author ?? meta.byline;
  if (author) result.byline = author;
  const date = meta.date ?? meta.published ?? meta.publishedat;
  if (date && !Number.isNaN(Date.parse(date))) result.publishedAt = new Date(date);
  return result;
}
