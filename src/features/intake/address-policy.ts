import ipaddr from "ipaddr.js";

/**
 * Which IP addresses the article fetcher may connect to. A journalist-supplied
 * URL must never make the server talk to itself, the office network or the
 * cloud metadata service (169.254.169.254) — the classic SSRF attack.
 * We allow only ordinary public unicast addresses and refuse everything else,
 * so ranges we did not think of (NAT64, 6to4, Teredo, reserved) fail closed.
 */

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into the IPv4 it hides.
    parsed = ipaddr.process(address.replace(/^\[|\]$/g, ""));
  } catch {
    return false;
  }
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  // ipaddr calls the deprecated IPv4-compatible ::/96 "unicast"; only 2000::/3 is really global.
  return parsed.range() === "unicast" && parsed.match(GLOBAL_UNICAST_V6);
}

/**
 * The IP address a URL host names directly, or null for a domain name.
 * Expects a WHATWG-parsed hostname, where IPv4 is already canonical
 * (2130706433 and 0x7f.1 both became 127.0.0.1) and IPv6 is in brackets.
 */
export function ipLiteralOf(hostname: string): string | null {
  if (hostname.startsWith("[") && hostname.endsWith("]")) {
    const inner = hostname.slice(1, -1);
    return ipaddr.IPv6.isValid(inner) ? inner : null;
  }
  return ipaddr.IPv4.isValidFourPartDecimal(hostname) ? hostname : null;
}
