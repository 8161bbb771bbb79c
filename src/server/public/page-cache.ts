import { createHash } from "node:crypto";
import { LruCache } from "@/lib/lru-cache";

/** A public page as sent: its HTML and the ETag readers revalidate it with. */
export type RenderedPage = { html: string; etag: string };

/**
 * Rendered public pages (summary and embed), keyed by everything their HTML is
 * made from. A published summary is read far more often than it changes (a
 * fact-check that spreads is opened by thousands of readers), and rendering it
 * means reading and walking its whole frozen snapshot. A page is still served
 * only after the publication's current version has been read from the database
 * on that request, so a new version, a correction or an unpublish shows at once,
 * on every server. At most 100 pages of ~130 KB each (~13 MB);
 * FACTDESK_PUBLIC_PAGE_CACHE=0 turns it off.
 */
const pages = new LruCache<string, RenderedPage>(Number(process.env.FACTDESK_PUBLIC_PAGE_CACHE ?? 100));

/** What a public page's HTML depends on: which page, which version of which summary, the desk, the site's address. */
export type PageKey = { kind: "summary" | "embed"; slug: string; version: number; origin: string; workspace: { name: string; slug: string } };

const cacheKey = (key: PageKey) => JSON.stringify([key.kind, key.slug, key.version, key.origin, key.workspace.name, key.workspace.slug]);

export function cachedPage(key: PageKey): RenderedPage | undefined {
  return pages.get(cacheKey(key));
}

/** Renders a page once and keeps it under the key of what was rendered. */
export function storePage(key: PageKey, html: string): RenderedPage {
  const page = { html, etag: etagFor(html) };
  pages.set(cacheKey(key), page);
  return page;
}

/** A strong validator from the bytes themselves: a template change in a new release changes it too. */
export function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when the reader's If-None-Match already names this ETag (weak or strong, or `*`): answer 304. */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
