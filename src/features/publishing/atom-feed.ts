/**
 * An Atom 1.0 (RFC 4287) feed of published summaries, as a string. Titles and
 * summaries are the desk's and the articles' text, so every value is cleaned of
 * characters XML 1.0 forbids and escaped: one stray control character or `&`
 * would make the whole feed unreadable to every reader, not just that entry.
 */
export type AtomEntry = {
  /** A permanent, unique IRI for the entry (e.g. the summary's URL or a tag: URI). */
  id: string;
  title: string;
  url: string;
  /** Plain text. */
  summary: string;
  updated: string | Date;
  published: string | Date;
  authorName: string;
};

export type AtomFeedInput = {
  id: string;
  title: string;
  /** Where this feed itself is served. */
  selfUrl: string;
  /** The HTML page the feed belongs to. */
  siteUrl: string;
  updated: string | Date;
  /** In the order given (newest first, by convention). */
  entries: readonly AtomEntry[];
};

export function atomFeed(feed: AtomFeedInput): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.siteUrl)}"/>`,
    `  <updated>${atomDate(feed.updated)}</updated>`,
    ...feed.entries.map((entry) => atomEntry(entry, feed.title)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

function atomEntry(entry: AtomEntry, feedTitle: string): string {
  // atom:author/atom:name must not be empty; the feed's own name is the honest fallback.
  const author = stripInvalidXmlChars(entry.authorName).trim() || feedTitle;
  return [
    `  <entry>`,
    `    <id>${xmlText(entry.id)}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
    `    <published>${atomDate(entry.published)}</published>`,
    `    <updated>${atomDate(entry.updated)}</updated>`,
    `    <author><name>${xmlText(author)}</name></author>`,
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    `  </entry>`,
  ].join("\n");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Safe as element content and as a quoted attribute value. */
export function xmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Drops what XML 1.0 does not allow at all, even escaped: C0 controls other than
 * tab, LF and CR, U+FFFE/U+FFFF, and halves of a surrogate pair (broken text).
 */
export function stripInvalidXmlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
    if (allowed) out += ch;
  }
  return out;
}

/** RFC 3339 in UTC, as Atom requires. Throws on a non-date: a feed with a bad date is invalid as a whole. */
function atomDate(value: string | Date): string {
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Atom feeds need real dates; got ${JSON.stringify(String(value))}.`);
  return new Date(time).toISOString();
}
