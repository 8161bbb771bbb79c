/**
 * Public pages carry no script at all (the JSON-LD block is data, which CSP
 * does not execute), so their policy can forbid every script outright.
 */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'";

export function htmlResponse(body: string | null, options: { status?: number; frameable?: boolean; etag?: string } = {}): Response {
  return new Response(body, {
    status: options.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      // Cacheable, but checked with the server every time: a correction or an
      // unpublish must reach a reader at once (the page is a few KB gzipped).
      "cache-control": "public, no-cache",
      // Revalidating then costs the reader a few hundred bytes: 304 when nothing changed.
      ...(options.etag ? { etag: options.etag } : {}),
      "content-security-policy": `${PAGE_CSP}; frame-ancestors ${options.frameable ? "*" : "'none'"}`,
      ...(options.frameable ? {} : { "x-frame-options": "DENY" }),
    },
  });
}
