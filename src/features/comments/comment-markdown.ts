import { matchMentionAt } from "./mentions";

/**
 * The Markdown subset comments may use, parsed to a small tree that a React
 * component renders. There is no HTML anywhere on the way, so a comment cannot
 * inject markup: "<script>" is just text. Links keep only http(s) and mailto
 * addresses. Every rule below looks a bounded distance ahead or uses a stack,
 * so hostile input ("*" × 5000, "[" × 5000) parses in linear time.
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "mention"; userId: string; name: string }
  | { type: "break" };

export type Block =
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  | { type: "quote"; children: Inline[] }
  | { type: "codeblock"; text: string };

const FENCE_OPEN = /^ {0,3}(`{3,})[^`]*$/;
const FENCE_CLOSE = /^ {0,3}(`{3,})[ \t]*$/;
// "s": a line may hold U+2028 and other separators that "." would not match.
const QUOTE_LINE = /^ {0,3}>[ \t]?(.*)$/s;
const BULLET_ITEM = /^ {0,3}[-*][ \t]+(\S.*)$/s;
const ORDERED_ITEM = /^ {0,3}\d{1,9}\.[ \t]+(\S.*)$/s;

type OpenBlock =
  | { type: "paragraph"; lines: string[] }
  | { type: "quote"; lines: string[] }
  | { type: "list"; ordered: boolean; items: string[][] };

export function parseCommentMarkdown(body: string): Block[] {
  const lines = body.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD").split("\n");
  const longestCloser = longestFenceCloserFrom(lines);
  const blocks: Block[] = [];
  let open: OpenBlock | null = null;
  const close = () => {
    const block = open && finishBlock(open);
    if (block) blocks.push(block);
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = FENCE_OPEN.exec(line)?.[1]?.length ?? 0;
    // A fence nobody closes stays literal text, like every other unclosed marker.
    if (fence && (longestCloser[i + 1] ?? 0) >= fence) {
      close();
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const text = lines[i] ?? "";
        if ((FENCE_CLOSE.exec(text)?.[1]?.length ?? 0) >= fence) break;
        code.push(text);
      }
      blocks.push({ type: "codeblock", text: code.join("\n") });
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    const quote = QUOTE_LINE.exec(line);
    const item = quote ? null : BULLET_ITEM.exec(line) ?? ORDERED_ITEM.exec(line);
    if (quote) {
      const text = (quote[1] ?? "").trim();
      if (open?.type === "quote") open.lines.push(text);
      else {
        close();
        open = { type: "quote", lines: [text] };
      }
    } else if (item) {
      const ordered = /^\s*\d/.test(line);
      const text = (item[1] ?? "").trim();
      if (open?.type === "list" && open.ordered === ordered) open.items.push([text]);
      else {
        close();
        open = { type: "list", ordered, items: [[text]] };
      }
    } else if (open?.type === "paragraph") {
      open.lines.push(line.trim());
    } else if (open?.type === "list" && /^[ \t]/.test(line)) {
      // An indented line continues the item above (a long item wrapped by hand);
      // anything else after a list or quote starts a new paragraph, which is
      // what people replying under a quote mean.
      open.items.at(-1)?.push(line.trim());
    } else {
      close();
      open = { type: "paragraph", lines: [line.trim()] };
    }
  }
  close();
  return blocks;
}

/** For each line, the longest fence that could close a block from there on (so each opening is checked in O(1)). */
function longestFenceCloserFrom(lines: readonly string[]): number[] {
  const longest = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    longest[i] = Math.max(longest[i + 1] ?? 0, FENCE_CLOSE.exec(lines[i] ?? "")?.[1]?.length ?? 0);
  }
  return longest;
}

function finishBlock(open: OpenBlock): Block | null {
  if (open.type === "list") return { type: "list", ordered: open.ordered, items: open.items.map((item) => parseInline(item.join("\n"))) };
  if (open.type === "paragraph") return { type: "paragraph", children: parseInline(open.lines.join("\n")) };
  const text = open.lines.join("\n").replace(/^\n+|\n+$/g, "");
  return text ? { type: "quote", children: parseInline(text) } : null;
}

// ---------------------------------------------------------------------------
// Inline syntax. Two passes over one block's text:
//  1. atoms: escapes, code spans and mentions, left to right (they win over
//     everything else), and which "[" pairs with which "]" (a stack);
//  2. pieces: text, breaks, links, autolinks and "*"/"_" runs, then the runs are
//     matched into strong/em with a stack of open runs.

// ASCII punctuation except the backtick: a backslash before a backtick is
// literal, so code spans can be found before escapes are known.
const ESCAPABLE = /[!-/:-@[-_{-~]/;
const ESCAPED = /\\([!-/:-@[-_{-~])/g;
const MAX_HREF_CHARS = 2_048;
// Real addresses nest parentheses once or twice (Wikipedia's "Pan_(bread)");
// the cap bounds how far a failed "[a](" can look ahead.
const MAX_PAREN_DEPTH = 8;
const AUTOLINK_START = /https?:\/\//iy;
const URL_CHAR = /[^\s<>"`\\[\]\p{Cc}]/u;
const TRAILING_PUNCTUATION = /[.,;:!?'"*_~]/;

type Atom = { end: number; node: Inline };
type DelimiterRun = { type: "delimiter"; char: "*" | "_"; count: number; canOpen: boolean; canClose: boolean };
type Piece = Inline | DelimiterRun;

function parseInline(src: string): Inline[] {
  const { atoms, closingBracket } = scanAtoms(src);

  const parseRange = (start: number, end: number, linksAllowed: boolean): Inline[] => {
    const pieces: Piece[] = [];
    let i = start;
    let plainFrom = start; // Plain text since here is sliced out in one piece when syntax interrupts it.
    const emit = (piece: Piece, next: number) => {
      if (i > plainFrom) pieces.push({ type: "text", text: src.slice(plainFrom, i) });
      pieces.push(piece);
      i = plainFrom = next;
    };
    while (i < end) {
      const atom = atoms.get(i);
      if (atom) {
        emit(atom.node, atom.end);
        continue;
      }
      const ch = src.charAt(i);
      if (ch === "\n") {
        emit({ type: "break" }, i + 1);
        continue;
      }
      if (ch === "*" || ch === "_") {
        let j = i + 1;
        while (j < end && src.charAt(j) === ch) j++;
        emit(delimiterRun(src, i, j, ch), j);
        continue;
      }
      const link = !linksAllowed ? null : ch === "[" ? readLink(i) : ch === "h" || ch === "H" ? readAutolink(i, end) : null;
      if (link) emit(link.node, link.end);
      else i++;
    }
    if (end > plainFrom) pieces.push({ type: "text", text: src.slice(plainFrom, end) });
    return matchEmphasis(pieces);
  };

  const readLink = (open: number): Atom | null => {
    const close = closingBracket.get(open);
    if (close === undefined || src.charAt(close + 1) !== "(") return null;
    const destination = readDestination(src, close + 2);
    if (!destination) return null;
    const href = safeHref(destination.raw.replace(ESCAPED, "$1"));
    // A link to a forbidden address shows exactly what was written, as text.
    if (href === null) return { node: { type: "text", text: src.slice(open, destination.end) }, end: destination.end };
    // Links inside links make no sense: the text is parsed with links turned off.
    const children = parseRange(open + 1, close, false);
    return { node: { type: "link", href, children: children.length ? children : [{ type: "text", text: destination.raw }] }, end: destination.end };
  };

  const readAutolink = (start: number, end: number): Atom | null => {
    if (/[\p{L}\p{N}]/u.test(src.charAt(start - 1))) return null;
    AUTOLINK_START.lastIndex = start;
    if (!AUTOLINK_START.test(src)) return null;
    let j = AUTOLINK_START.lastIndex;
    while (j < end && j - start < MAX_HREF_CHARS && !atoms.has(j) && URL_CHAR.test(src.charAt(j))) j++;
    const scanned = j;
    // "(see https://x.org/a)." ends the link before ")." but "wiki/Pan_(bread)" keeps its ")".
    let unbalanced = 0;
    for (let k = start; k < j; k++) unbalanced += src.charAt(k) === ")" ? 1 : src.charAt(k) === "(" ? -1 : 0;
    for (;;) {
      const last = src.charAt(j - 1);
      if (TRAILING_PUNCTUATION.test(last)) j--;
      else if (last === ")" && unbalanced > 0) {
        j--;
        unbalanced--;
      } else break;
    }
    const raw = src.slice(start, j);
    const href = safeHref(raw);
    if (href !== null) return { node: { type: "link", href, children: [{ type: "text", text: raw }] }, end: j };
    // Not a usable address: the whole run stays text, so "http://" × 700 is scanned once, not 700 times.
    return { node: { type: "text", text: src.slice(start, scanned) }, end: scanned };
  };

  return parseRange(0, src.length, true);
}

function scanAtoms(src: string): { atoms: Map<number, Atom>; closingBracket: Map<number, number> } {
  const atoms = new Map<number, Atom>();
  const closingBracket = new Map<number, number>();
  const closingRun = backtickRunClosers(src);
  const openBrackets: number[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    const mention = ch === "@" ? matchMentionAt(src, i) : null;
    if (ch === "\\" && ESCAPABLE.test(src.charAt(i + 1))) {
      atoms.set(i, { end: i + 2, node: { type: "text", text: src.charAt(i + 1) } });
      i += 2;
    } else if (ch === "`") {
      let j = i + 1;
      while (src.charAt(j) === "`") j++;
      const closer = closingRun.get(i);
      if (closer === undefined) {
        i = j; // No run of the same length follows: the backticks are literal.
        continue;
      }
      atoms.set(i, { end: closer + (j - i), node: { type: "code", text: codeSpanText(src.slice(j, closer)) } });
      i = closer + (j - i);
    } else if (mention) {
      atoms.set(i, { end: mention.end, node: { type: "mention", userId: mention.userId, name: mention.name } });
      i = mention.end;
    } else {
      if (ch === "[") openBrackets.push(i);
      else if (ch === "]") {
        const open = openBrackets.pop();
        if (open !== undefined) closingBracket.set(open, i);
      }
      i++;
    }
  }
  return { atoms, closingBracket };
}

/** Maps each backtick run to the start of the next run of the same length, which would close it as a code span. */
function backtickRunClosers(src: string): Map<number, number> {
  const runs = [...src.matchAll(/`+/g)].map((m) => ({ start: m.index, length: m[0].length }));
  const closers = new Map<number, number>();
  const nextOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    if (!run) continue;
    const next = nextOfLength.get(run.length);
    if (next !== undefined) closers.set(run.start, next);
    nextOfLength.set(run.length, run.start);
  }
  return closers;
}

/** As CommonMark: line breaks become spaces, and one space each side is padding (so "`` `x` ``" can show backticks). */
function codeSpanText(raw: string): string {
  const text = raw.replace(/\n/g, " ");
  return /^ .*[^ ].* $/s.test(text) ? text.slice(1, -1) : text;
}

/** "](" has been seen; reads "url)" (spaces around the address allowed, none inside). */
function readDestination(src: string, from: number): { raw: string; end: number } | null {
  let i = from;
  while (src.charAt(i) === " " || src.charAt(i) === "\t") i++;
  const start = i;
  let depth = 0;
  for (; i < src.length && i - start <= MAX_HREF_CHARS; i++) {
    const ch = src.charAt(i);
    if (ch === "(") {
      if (++depth > MAX_PAREN_DEPTH) return null;
    } else if (ch === ")") {
      if (depth === 0) break;
      depth--;
    } else if (ch <= " " || ch === "\x7f" || (ch > "\x7f" && /[\s\p{Cc}]/u.test(ch))) break;
  }
  const raw = src.slice(start, i);
  while (src.charAt(i) === " " || src.charAt(i) === "\t") i++;
  return raw && src.charAt(i) === ")" ? { raw, end: i + 1 } : null;
}

// A host (name, IPv4 or [IPv6]) and port, nothing else: "user@host" is refused
// because "https://factdesk.org@evil.example" reads as one site and opens another.
const WEB_ADDRESS = /^https?:\/\/(?:[\p{L}\p{N}\p{M}._~-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#]|$)/iu;

/**
 * The address a link may point to, serialised by the URL parser (so the browser
 * follows exactly what was checked), or null. Only absolute http(s) and mailto
 * addresses pass; anything with spaces, control characters or backslashes is
 * refused outright rather than guessing how a browser would clean it up.
 */
export function safeHref(raw: string): string | null {
  if (/[\s\p{Cc}\\]/u.test(raw) || !(/^mailto:/i.test(raw) || WEB_ADDRESS.test(raw))) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === "mailto:") return url.pathname ? url.href : null;
  const isWeb = (url.protocol === "http:" || url.protocol === "https:") && url.hostname && !url.username && !url.password;
  return isWeb ? url.href : null;
}

/** CommonMark's flanking rules, so "2 * 3 * 4" and snake_case stay literal. */
function delimiterRun(src: string, start: number, end: number, char: "*" | "_"): DelimiterRun {
  const before = src.charAt(start - 1) || " ";
  const after = src.charAt(end) || " ";
  const spaceBefore = /\s/u.test(before);
  const spaceAfter = /\s/u.test(after);
  const punctBefore = /[\p{P}\p{S}]/u.test(before);
  const punctAfter = /[\p{P}\p{S}]/u.test(after);
  const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  const count = end - start;
  if (char === "*") return { type: "delimiter", char, count, canOpen: leftFlanking, canClose: rightFlanking };
  return {
    type: "delimiter",
    char,
    count,
    canOpen: leftFlanking && (!rightFlanking || punctBefore),
    canClose: rightFlanking && (!leftFlanking || punctAfter),
  };
}

type OpenRun = { char: "*" | "_" | null; count: number; children: Inline[] };

/**
 * Matches "*"/"_" runs into em (one) and strong (two) with a stack of open runs.
 * A closer takes the nearest open run of its character; runs opened after that
 * one and never closed fall back to literal text. Counting the open runs per
 * character makes a closer with nothing to close cost O(1), so the whole
 * matching is linear.
 */
function matchEmphasis(pieces: readonly Piece[]): Inline[] {
  const root: OpenRun = { char: null, count: 0, children: [] };
  const stack: OpenRun[] = [root];
  const openCount = { "*": 0, _: 0 };
  const top = () => stack[stack.length - 1] ?? root;
  const literalAbove = (keep: number) => {
    const target = stack[keep] ?? root;
    for (const run of stack.slice(keep + 1)) {
      if (run.char) {
        openCount[run.char]--;
        appendInline(target.children, { type: "text", text: run.char.repeat(run.count) });
      }
      for (const child of run.children) appendInline(target.children, child);
    }
    stack.length = keep + 1;
  };

  for (const piece of pieces) {
    if (piece.type !== "delimiter") {
      appendInline(top().children, piece);
      continue;
    }
    let left = piece.count;
    while (piece.canClose && left > 0 && openCount[piece.char] > 0) {
      let k = stack.length - 1;
      while (k > 0 && stack[k]?.char !== piece.char) k--;
      literalAbove(k);
      const opener = top();
      const used = left >= 2 && opener.count >= 2 ? 2 : 1;
      const node: Inline = { type: used === 2 ? "strong" : "em", children: opener.children };
      opener.count -= used;
      left -= used;
      if (opener.count > 0) {
        opener.children = [node];
      } else {
        stack.pop();
        openCount[piece.char]--;
        appendInline(top().children, node);
      }
    }
    if (left > 0 && piece.canOpen) {
      stack.push({ char: piece.char, count: left, children: [] });
      openCount[piece.char]++;
    } else if (left > 0) {
      appendInline(top().children, { type: "text", text: piece.char.repeat(left) });
    }
  }
  literalAbove(0);
  return root.children;
}

/** Adjacent text merges, so the tree has no "a" + "*" + "b" splinters. */
function appendInline(list: Inline[], node: Inline): void {
  const last = list[list.length - 1];
  if (node.type === "text" && last?.type === "text") list[list.length - 1] = { type: "text", text: last.text + node.text };
  else list.push(node);
}

/** Plain text for notification previews and e-mail: mentions as "@Name", links as their text. */
export function commentPlainText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return inlineText(block.children);
        case "quote":
          return inlineText(block.children)
            .split("\n")
            .map((line) => `> ${line}`.trimEnd())
            .join("\n");
        case "list":
          return block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : "-"} ${inlineText(item)}`).join("\n");
        case "codeblock":
          return block.text;
      }
    })
    .join("\n\n");
}

function inlineText(nodes: readonly Inline[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text" || node.type === "code") out += node.text;
    else if (node.type === "mention") out += `@${node.name}`;
    else if (node.type === "break") out += "\n";
    else out += inlineText(node.children);
  }
  return out;
}
