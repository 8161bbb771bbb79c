import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { type Readable, pipeline } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@/lib/app-error";
import { formatSize } from "./limits";

/**
 * One HTTP GET to an address that safe-fetch has already checked. The custom
 * `lookup` hands the socket exactly those addresses, so a DNS server cannot
 * answer "public" to the check and "127.0.0.1" to the connection (DNS
 * rebinding). The URL's host name is still used for the Host header and for
 * TLS (SNI and certificate checks), so HTTPS sites work normally.
 */

export type RawResponse =
  | { kind: "redirect"; status: number; location: string }
  | { kind: "body"; status: number; contentType: string; body: Buffer };

export type GetOptions = {
  addresses: readonly string[];
  signal: AbortSignal;
  maxBytes: number;
  /** Decide from the headers whether the body is worth reading (throws to refuse). */
  checkHeaders: (status: number, contentType: string) => void;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function pinnedLookup(addresses: readonly string[]): LookupFunction {
  return (_hostname, options, callback) => {
    const all = addresses
      .map((address) => ({ address, family: isIP(address) }))
      .filter((entry) => !options.family || entry.family === options.family);
    const first = all[0];
    if (!first) {
      callback(Object.assign(new Error("no address of the requested family"), { code: "ENOTFOUND" }), "", 0);
    } else if (options.all) {
      callback(null, all);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

export function httpGet(url: URL, options: GetOptions): Promise<RawResponse> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    const request = client.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        // No pooled sockets: a kept-alive socket could outlive the address check.
        agent: false,
        lookup: pinnedLookup(options.addresses),
        signal: options.signal,
        headers: {
          "user-agent": "Mozilla/5.0 (compatible; FactdeskImporter/1.0; article import for fact-checking)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      (response) => {
        handleResponse(response, options).then(resolve, (error: unknown) => {
          response.destroy();
          reject(error);
        });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

async function handleResponse(response: IncomingMessage, options: GetOptions): Promise<RawResponse> {
  // A late socket error on a response we stopped reading must not become an
  // uncaught 'error' event (which would crash the server); body errors are handled in readLimited.
  response.on("error", () => {});
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (REDIRECTS.has(status) && location) {
    response.destroy(); // drop the redirect body: an endless one must not keep the socket busy
    return { kind: "redirect", status, location };
  }
  const contentType = response.headers["content-type"] ?? "";
  options.checkHeaders(status, contentType);

  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > options.maxBytes) throw tooLarge(options.maxBytes);

  const body = await readLimited(decompress(response), options);
  return { kind: "body", status, contentType, body };
}

function decompress(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  // pipeline (not pipe) so a connection error reaches the stream we read from.
  const through = (decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress) => pipeline(response, decoder, () => {});
  if (encoding === "gzip" || encoding === "x-gzip") return through(zlib.createGunzip());
  if (encoding === "deflate") return through(zlib.createInflate());
  if (encoding === "br") return through(zlib.createBrotliDecompress());
  if (encoding === "identity" || encoding === "") return response;
  const message = `The page was sent in a format Factdesk cannot read (${encoding}). Copy the article text and paste it instead.`;
  throw new AppError("UNAVAILABLE", message, { fieldErrors: { url: message } });
}

/**
 * Reads the (decompressed) body, stopping as soon as it passes maxBytes: the
 * limit counts what we hold in memory, so a small gzip bomb cannot grow into
 * gigabytes, and a server that lies about Content-Length is cut off too.
 */
function readLimited(stream: Readable, options: GetOptions): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener("abort", onAbort);
      stream.destroy();
      reject(error);
    };
    const onAbort = () => fail(options.signal.reason);
    options.signal.addEventListener("abort", onAbort, { once: true });
    stream.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > options.maxBytes) fail(tooLarge(options.maxBytes));
      else chunks.push(chunk);
    });
    stream.on("error", fail);
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener("abort", onAbort);
      resolve(Buffer.concat(chunks));
    });
    // A connection closed before the end of the body is a failed download, not a short page.
    stream.on("close", () => fail(Object.assign(new Error("connection closed early"), { code: "ECONNRESET" })));
  });
}

function tooLarge(maxBytes: number): AppError {
  const message = `The page is larger than ${formatSize(maxBytes)}. Copy the article text from the page and paste it instead.`;
  return new AppError("PAYLOAD_TOO_LARGE", message, { fieldErrors: { url: message } });
}
