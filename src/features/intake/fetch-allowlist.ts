/**
 * Hosts the fetcher may reach even though they resolve to a private or
 * loopback address: a newsroom's intranet CMS, or 127.0.0.1:PORT in tests.
 * Read from the environment by the caller (the API layer), so the fetcher
 * itself stays free of global configuration.
 */

export const FETCH_ALLOWLIST_ENV = "FACTDESK_FETCH_ALLOWLIST";

/** "cms.local, 127.0.0.1:4000" → ["cms.local", "127.0.0.1:4000"]; unusable entries are dropped. */
export function readFetchAllowlist(env: Readonly<Record<string, string | undefined>>): string[] {
  const raw = env[FETCH_ALLOWLIST_ENV] ?? "";
  const entries = raw.split(",").map(normalizeAllowlistEntry).filter((e): e is string => e !== null);
  return [...new Set(entries)];
}

/**
 * Canonical "host" or "host:port". The host goes through the WHATWG URL parser
 * so it compares equal to what a request URL yields (case, IDN, IPv4 forms
 * like 0x7f.1 → 127.0.0.1, IPv6 compression).
 */
export function normalizeAllowlistEntry(entry: string): string | null {
  const m = /^(\[[^\]]+\]|[^:/\s[\]]+)(?::(\d{1,5}))?$/.exec(entry.trim().toLowerCase());
  if (!m?.[1]) return null;
  let host: string;
  try {
    host = new URL(`http://${m[1]}`).hostname.replace(/\.$/, "");
  } catch {
    return null;
  }
  if (!host) return null;
  return m[2] ? `${host}:${Number(m[2])}` : host;
}

/** A host-only entry allows every port on that host; host:port allows just that port. */
export function isAllowlisted(allowlist: readonly string[], url: URL): boolean {
  if (!allowlist.length) return false;
  const entries = new Set(allowlist.map(normalizeAllowlistEntry));
  const host = url.hostname.replace(/\.$/, "");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return entries.has(host) || entries.has(`${host}:${port}`);
}
