/**
 * Absolute addresses for public pages (canonical links, Open Graph, JSON-LD,
 * the feed). FACTDESK_PUBLIC_URL wins, so several servers behind a proxy agree
 * on one address; otherwise the address the request came in on.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.FACTDESK_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return new URL(request.url).origin;
}

export function publicUrls(origin: string, slug: string) {
  const summary = `${origin}/s/${encodeURIComponent(slug)}`;
  return {
    summary,
    embed: `${summary}/embed`,
    exports: { markdown: `${summary}/export/md`, json: `${summary}/export/json`, csv: `${summary}/export/csv` },
    index: `${origin}/s`,
    feed: `${origin}/s/feed.xml`,
  };
}
