import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blocksToText } from "./html-text";
import { normalizeArticleText } from "./normalize-text";

/**
 * A web page → the article in it. Readability (the engine of Firefox Reader
 * View) removes menus, ads and comment sections; linkedom gives it a DOM that is
 * ~10× lighter than jsdom. Metadata is read from the untouched page first,
 * because Readability rewrites the document while it works.
 */

export type ExtractedArticle = {
  title: string | null;
  text: string;
  byline: string | null;
  /** Site name, or the host name ("apnews.com") when the page does not say. */
  outlet: string | null;
  publishedAt: Date | null;
  /** Primary language subtag from the page ("en", "fa"), lower-case. */
  language: string | null;
};

export function extractArticleFromHtml(html: string, url?: string): ExtractedArticle {
  // linkedom builds no document element for tag-less input ("just text"), which
  // the DOM code below (and Readability) cannot walk: give it a body to live in.
  const { document } = parseHTML(/<[a-z!]/i.test(html) ? html : `<html><body><p>${html.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p></body></html>`);
  const doc = document as unknown as Document;
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content")?.trim() || null;

  const language = pageLanguage(doc, meta);
  const metaPublished = firstDate([
    meta('meta[property="article:published_time"]'),
    meta('meta[property="og:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="pubdate"]'),
    meta('meta[name="publish-date"]'),
    meta('meta[name="date"]'),
    meta('meta[name="dc.date"]'),
    meta('meta[name="DC.date.issued"]'),
    jsonLdDatePublished(doc),
    doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime") ?? null,
  ]);
  const metaSiteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const metaTitle =
    meta('meta[property="og:title"]') ?? (doc.querySelector("title")?.textContent?.trim() || doc.querySelector("h1")?.textContent?.trim() || null);

  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    article = null; // malformed pages: fall back to the body text below
  }

  let text = article?.content ? normalizeArticleText(blocksToText(article.content)) : "";
  if (!text) {
    // Readability mutated `doc`; parse again to read the page as it was.
    const fresh = parseHTML(html).document as unknown as Document;
    const body = fresh.body ?? fresh.documentElement;
    text = body ? normalizeArticleText(blocksToText(body, { skip: new Set(["nav"]) })) : "";
  }

  const outlet = clean(article?.siteName) ?? metaSiteName ?? hostOf(url);
  const title = stripSiteSuffix(clean(article?.title) ?? metaTitle, outlet);
  const byline = cleanByline(article?.byline);
  text = dropLeadingRepeats(text, title, byline);

  return {
    title,
    text,
    byline,
    outlet,
    publishedAt: metaPublished ?? firstDate([article?.publishedTime ?? null]),
    language: language ?? primaryLanguage(article?.lang),
  };
}

function pageLanguage(doc: Document, meta: (selector: string) => string | null): string | null {
  return (
    primaryLanguage(doc.documentElement?.getAttribute("lang")) ??
    primaryLanguage(meta('meta[http-equiv="content-language" i]')) ??
    primaryLanguage(meta('meta[property="og:locale"]'))
  );
}

/** "en-US" → "en", "fa_IR" → "fa"; anything that is not a language tag → null. */
function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** datePublished from schema.org JSON-LD, which many CMSs emit instead of meta tags. */
function jsonLdDatePublished(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ""), "datePublished", 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; ignore it and try the next source.
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[key] === "string") return record[key];
  for (const child of Object.values(record)) {
    const found = findKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

function firstDate(candidates: Array<string | null>): Date | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const date = new Date(candidate.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const text = value ? normalizeArticleText(value).replace(/\s+/g, " ") : "";
  return text || null;
}

function cleanByline(value: string | null | undefined): string | null {
  const byline = clean(value)?.replace(/^by\s+/i, "");
  // Very long "bylines" are usually a teaser paragraph Readability mistook for one.
  return byline && byline.length <= 200 ? byline : null;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").replace(/\.$/, "") || null;
  } catch {
    return null;
  }
}

/** "Talks begin in Doha - AP News" → "Talks begin in Doha" when the outlet is AP News. */
function stripSiteSuffix(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stripped = title.replace(new RegExp(`\\s+[-|–—·:]\\s+${escaped}$`, "i"), "").trim();
  return stripped || title;
}

/** Readability often keeps the headline and the "By …" line as the first paragraphs. */
function dropLeadingRepeats(text: string, title: string | null, byline: string | null): string {
  const paragraphs = text.split("\n\n");
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  while (paragraphs.length > 1) {
    const first = paragraphs[0] ?? "";
    const isTitle = title !== null && same(first, title);
    const isByline = byline !== null && first.length <= 250 && (same(first, byline) || same(first.replace(/^by\s+/i, ""), byline));
    if (!isTitle && !isByline) break;
    paragraphs.shift();
  }
  return paragraphs.join("\n\n");
}
