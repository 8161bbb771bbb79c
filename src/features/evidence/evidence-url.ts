/**
 * Evidence links: what a reviewer pastes is checked (web pages only) and gets a
 * normalised form, the key that stops the same source being added twice to one
 * claim under a slightly different address (tracking parameters, "www.",
 * http vs https, a trailing slash).
 */

export const EVIDENCE_URL_MAX_CHARS = 2_048;

export type EvidenceUrlResult = { ok: true; url: string; normalized: string } | { ok: false; message: string };

const NOT_A_LINK = "That does not look like a web address. Check the link and paste it again.";
// What the URL parser itself ignores at the ends and removes inside: checking the
// scheme on anything else would let "java\tscript:" slip past as a host name.
const EDGE_JUNK = /^[\p{Cc}\s]+|[\p{Cc}\s]+$/gu;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z0-9+.-]{0,31}):/i;
// "example.org:8080/x" starts like a scheme but is a host and a port.
const HOST_AND_PORT = /^[^:/?#]+:\d+(?:[/?#]|$)/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const TOP_LEVEL_DOMAIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|si)$/i;

export function normalizeEvidenceUrl(raw: string): EvidenceUrlResult {
  const input = raw.replace(EDGE_JUNK, "").replace(TAB_OR_NEWLINE, "");
  if (!input) return { ok: false, message: "Paste the link to the source." };
  if (input.length > EVIDENCE_URL_MAX_CHARS) return tooLong();

  const scheme = HOST_AND_PORT.test(input) ? null : SCHEME.exec(input)?.[1]?.toLowerCase();
  let candidate: string;
  if (scheme) {
    if (scheme !== "http" && scheme !== "https") {
      return { ok: false, message: `Only web links (http:// or https://) can be evidence; "${scheme}:" links are not allowed.` };
    }
    candidate = input;
  } else if (input.startsWith("//")) {
    candidate = `https:${input}`;
  } else if (/^[\p{L}\p{N}[]/u.test(input)) {
    // "www.example.org/report": people paste what the address bar shows.
    if (/^[^/?#]*@/.test(input)) return { ok: false, message: "That looks like an e-mail address. Paste the link to the web page instead." };
    candidate = `https://${input}`;
  } else {
    return { ok: false, message: NOT_A_LINK };
  }

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, message: NOT_A_LINK };
  }
  if (url.username || url.password) {
    return { ok: false, message: "Remove the user name and password from the link (the part before @) and paste it again." };
  }
  if (!isValidHost(url.hostname)) return { ok: false, message: NOT_A_LINK };
  if (url.href.length > EVIDENCE_URL_MAX_CHARS) return tooLong();
  return { ok: true, url: url.href, normalized: normalizedKey(url) };
}

function tooLong(): EvidenceUrlResult {
  return { ok: false, message: `That link is longer than ${EVIDENCE_URL_MAX_CHARS.toLocaleString("en")} characters. Use the page's shorter address.` };
}

/**
 * A public-looking domain (at least two labels, a letter-only or IDN top-level
 * label) or an IP address. The URL parser has already lower-cased the name,
 * converted IDN to punycode and turned IPv4 forms like 0x7f.1 into 127.0.0.1.
 */
function isValidHost(hostname: string): boolean {
  if (hostname.startsWith("[")) return true; // IPv6, validated by the parser.
  if (IPV4.test(hostname)) return true;
  const name = hostname.replace(/\.$/, "");
  const labels = name.split(".");
  const top = labels.at(-1) ?? "";
  return name.length <= 253 && labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && TOP_LEVEL_DOMAIN.test(top);
}

/** The duplicate key: same page, whatever the scheme, "www.", tracking parameters, fragment or trailing slash. */
function normalizedKey(url: URL): string {
  const host = url.hostname.replace(/\.$/, "").replace(/^www\./, "");
  // The parser drops each scheme's own default port; as http and https count as
  // one, the other's default (http://x:443, https://x:80) goes too.
  const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
  let path = decodeUnreserved(url.pathname);
  if (path.length > 1) path = path.replace(/\/+$/, "") || "/";
  const query = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING_PARAMETER.test(decodeUnreserved(pair.split("=")[0] ?? "")))
    .map(decodeUnreserved)
    .sort(compareParameters);
  return `https://${host}${port}${path}${query.length ? `?${query.join("&")}` : ""}`;
}

/** Sort by name, then value, by code unit: a key must not depend on the server's locale. */
function compareParameters(a: string, b: string): number {
  const [nameA = "", valueA = ""] = splitParameter(a);
  const [nameB = "", valueB = ""] = splitParameter(b);
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return valueA < valueB ? -1 : valueA > valueB ? 1 : 0;
}

function splitParameter(pair: string): [string, string] {
  const eq = pair.indexOf("=");
  return eq < 0 ? [pair, ""] : [pair.slice(0, eq), pair.slice(eq + 1)];
}

/** %7E → ~ and %41 → A (RFC 3986 §6.2.2.2); other escapes keep their meaning but get upper-case hex. */
function decodeUnreserved(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9._~-]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}
