/**
 * DOM → plain text that keeps paragraph structure. `textContent` glues
 * paragraphs together ("...end.Next paragraph"), which breaks sentence
 * splitting and makes the article unreadable in the editor. Here every block
 * element (p, h1–h6, li, blockquote, ...) becomes its own paragraph.
 */

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "tfoot",
  "thead", "tr", "ul",
]);

/** Never reader-visible text. */
const SKIPPED = new Set([
  "button", "canvas", "head", "iframe", "input", "noscript", "object", "script", "select", "style",
  "svg", "template", "textarea",
]);

// Marks a <br> inside a block; survives whitespace collapsing, becomes "\n" at the end.
const LINE_BREAK = "\u2028";

export type BlockTextOptions = {
  /** Extra tags to skip (the body fallback skips navigation menus). */
  skip?: ReadonlySet<string>;
};

export function blocksToText(root: Node, options: BlockTextOptions = {}): string {
  const paragraphs: string[] = [];
  let current = "";

  const flush = () => {
    const text = current
      .replace(/[ \t\n\r\f]+/g, " ")
      .split(LINE_BREAK)
      .map((line) => line.trim())
      .join("\n")
      .trim();
    // A list bullet with nothing after it is not a paragraph.
    if (text && text !== "•") paragraphs.push(text);
    current = "";
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag) || options.skip?.has(tag) || element.hasAttribute("hidden")) return;

    if (tag === "br") {
      current += LINE_BREAK;
      return;
    }
    if (tag === "pre") {
      // Preformatted text keeps its own line breaks.
      flush();
      const pre = (element.textContent ?? "").replace(/^\n+|\s+$/g, "");
      if (pre.trim()) paragraphs.push(pre);
      return;
    }
    if (tag === "td" || tag === "th") current += " ";

    const isBlock = BLOCKS.has(tag);
    if (isBlock) {
      flush();
      if (tag === "li") current = "• ";
    }
    for (const child of Array.from(element.childNodes)) visit(child);
    if (isBlock) flush();
  };

  visit(root);
  flush();
  return paragraphs.join("\n\n");
}
