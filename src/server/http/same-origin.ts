/**
 * Cross-site request forgery guard for state-changing requests. Session
 * cookies are SameSite=Lax and tRPC mutations are JSON POSTs (which a foreign
 * page cannot send without a CORS preflight we never grant), but a form posted
 * from another site, or an old browser, should not get that far: a request the
 * browser marks as coming from another site is refused outright.
 */
export function isCrossSiteRequest(headers: Headers, requestUrl: string, publicUrl: string | undefined = process.env.FACTDESK_PUBLIC_URL): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = headers.get("origin");
  if (!origin) return false; // non-browser clients and same-origin GETs carry none
  if (origin === "null") return true; // sandboxed frames, data: pages
  const allowed = new Set([new URL(requestUrl).origin]);
  if (publicUrl?.trim()) allowed.add(new URL(publicUrl.trim()).origin);
  const forwardedHost = headers.get("x-forwarded-host");
  if (forwardedHost) allowed.add(`${headers.get("x-forwarded-proto") ?? "https"}://${forwardedHost}`);
  return !allowed.has(origin);
}
