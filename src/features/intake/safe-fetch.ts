import { lookup } from "node:dns/promises";
import { AppError } from "@/lib/app-error";
import { isPublicAddress, ipLiteralOf } from "./address-policy";
import { charsetFromContentType, decodeText } from "./decode-text";
import { isAllowlisted } from "./fetch-allowlist";
import { httpGet } from "./http-get";
import { FETCH_TIMEOUT_MS, MAX_FETCH_BYTES, MAX_REDIRECTS } from "./limits";

/**
 * Fetches an article page for a journalist without letting the URL reach
 * internal services (SSRF). Every hop — the first URL and each redirect — is
 * checked the same way: http(s) only, every resolved address public (or the
 * host explicitly allowlisted), and the connection pinned to the checked
 * addresses. One deadline covers DNS, redirects and the whole body.
 */

export type FetchArticlePageOptions = {
  /** Hosts ("host" or "host:port") allowed to be private; see fetch-allowlist.ts. */
  allowlist: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  /** Host name → IP addresses. Defaults to the system resolver; injectable for tests. */
  resolve?: (host: string) => Promise<string[]>;
};

export type FetchedPage = { finalUrl: string; html: string; contentType: string };

export const PRIVATE_ADDRESS_MESSAGE =
  "This address points to a private or internal network, which Factdesk does not fetch from.";

const READABLE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain", ""]);

const systemResolve = async (host: string) => (await lookup(host, { all: true })).map((entry) => entry.address);

const urlError = (code: "VALIDATION" | "FORBIDDEN" | "UNAVAILABLE", message: string) =>
  new AppError(code, message, { fieldErrors: { url: message } });

export async function fetchArticlePage(rawUrl: string, options: FetchArticlePageOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const resolve = options.resolve ?? systemResolve;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("timeout")), timeoutMs);

  try {
    let url = parseHttpUrl(rawUrl);
    for (let redirects = 0; ; redirects++) {
      const addresses = await withDeadline(checkedAddresses(url, options.allowlist, resolve), controller.signal);
      const response = await httpGet(url, {
        addresses,
        signal: controller.signal,
        maxBytes,
        checkHeaders,
      }).catch((error: unknown) => {
        throw controller.signal.aborted || error instanceof AppError ? error : unreachable(url, error);
      });

      if (response.kind === "body") {
        const contentType = response.contentType;
        const html = decodeText(response.body, {
          declaredCharset: charsetFromContentType(contentType),
          sniffHtml: mimeOf(contentType) !== "text/plain",
        });
        return { finalUrl: url.href, html, contentType };
      }
      if (redirects >= MAX_REDIRECTS) {
        throw urlError("UNAVAILABLE", `The page redirected more than ${MAX_REDIRECTS} times. Open it in a browser and copy the final address.`);
      }
      url = parseHttpUrl(response.location, url);
    }
  } catch (error) {
    if (controller.signal.aborted) {
      throw urlError("UNAVAILABLE", `The page did not answer within ${formatSeconds(timeoutMs)}. Try again later, or paste the article text.`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Parses and checks the scheme; a relative redirect Location resolves against `base`. */
function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw urlError(
      base ? "UNAVAILABLE" : "VALIDATION",
      base ? "The page redirected to an address that is not valid." : "This is not a valid web address. Copy the full address from the browser, starting with https://.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw urlError("VALIDATION", "Only http and https addresses can be imported.");
  }
  // Never forward credentials embedded in a link, and never store them as the source URL.
  url.username = "";
  url.password = "";
  return url;
}

/** The addresses we may connect to for this URL, or a refusal. */
async function checkedAddresses(url: URL, allowlist: readonly string[], resolve: (host: string) => Promise<string[]>): Promise<string[]> {
  const allowed = isAllowlisted(allowlist, url);
  const literal = ipLiteralOf(url.hostname);
  if (literal) {
    // Refuse before any network activity: no DNS, no connection.
    if (!allowed && !isPublicAddress(literal)) throw urlError("FORBIDDEN", PRIVATE_ADDRESS_MESSAGE);
    return [literal];
  }

  let addresses: string[];
  try {
    addresses = await resolve(url.hostname);
  } catch (error) {
    throw unreachable(url, error);
  }
  if (!addresses.length) throw unreachable(url, Object.assign(new Error("no addresses"), { code: "ENOTFOUND" }));
  // ANY private answer refuses the host: the connection could otherwise pick it.
  if (!allowed && !addresses.every(isPublicAddress)) throw urlError("FORBIDDEN", PRIVATE_ADDRESS_MESSAGE);
  return addresses;
}

function checkHeaders(status: number, contentType: string): void {
  if (status < 200 || status >= 300) {
    throw urlError("UNAVAILABLE", `The page answered HTTP ${status}. Check the address in a browser; if it opens there, paste the article text instead.`);
  }
  const mime = mimeOf(contentType);
  if (!READABLE_TYPES.has(mime)) {
    throw urlError("VALIDATION", `This address is not a web page (it sends ${mime}). Give the address of the article page, or upload the article as a file.`);
  }
}

function mimeOf(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** Turns a low-level network error into something a journalist can act on. */
function unreachable(url: URL, error: unknown): AppError {
  const host = url.hostname;
  const code = errorCode(error);
  let reason = `the connection failed${code ? ` (${code})` : ""}. Check the address, or try again later.`;
  if (code === "ECONNREFUSED") reason = "the server refused the connection. Check the address, or try again later.";
  else if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") reason = "no site with that name was found. Check the address for typos.";
  else if (code === "ECONNRESET" || code === "EPIPE") reason = "the connection was cut off. Try again later.";
  else if (code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ETIMEDOUT") reason = "the network could not reach it. Try again later.";
  else if (/CERT|SSL|TLS|SIGNATURE/.test(code)) reason = "its security certificate is not valid, so the connection is not safe.";
  else if (code.startsWith("HPE_")) reason = "it did not answer like a web server.";
  return new AppError("UNAVAILABLE", `Could not reach ${host}: ${reason}`, { fieldErrors: { url: `Could not reach ${host}: ${reason}` }, cause: error });
}

function errorCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  // Happy-eyeballs connection attempts fail with an AggregateError of per-address errors.
  const inner = (error as { errors?: unknown[] }).errors?.[0];
  return inner ? errorCode(inner) : "";
}

function withDeadline<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function formatSeconds(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(1));
  return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
}
