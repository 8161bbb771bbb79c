import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/app-error";
import { NEWS_TITLE } from "./news-page.fixture";
import { closedPort, PERSIAN_TEXT, startNewsServer, type NewsServer } from "./news-server.fixture";
import { PRIVATE_ADDRESS_MESSAGE, fetchArticlePage, type FetchArticlePageOptions } from "./safe-fetch";

let server: NewsServer;
let allowed: FetchArticlePageOptions;

beforeAll(async () => {
  server = await startNewsServer();
  allowed = { allowlist: [`127.0.0.1:${server.port}`] };
});
afterAll(() => server.close());

async function failure(url: string, options: FetchArticlePageOptions): Promise<AppError> {
  const error: unknown = await fetchArticlePage(url, options).then(
    () => new Error(`expected ${url} to be refused`),
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw error;
}

/** A resolver that must not be asked (the refusal happens before DNS). */
const noDns = () => vi.fn(async (host: string): Promise<string[]> => {
  throw new Error(`unexpected DNS lookup of ${host}`);
});

describe("fetchArticlePage: allowed fetches", () => {
  it("fetches an allowlisted 127.0.0.1:PORT page", async () => {
    const page = await fetchArticlePage(`${server.origin}/article`, allowed);
    expect(page.finalUrl).toBe(`${server.origin}/article`);
    expect(page.contentType).toBe("text/html; charset=utf-8");
    expect(page.html).toContain(NEWS_TITLE);
  });

  it("follows redirects within the allowlist and reports the final address", async () => {
    const page = await fetchArticlePage(`${server.origin}/redirect-relative`, allowed);
    expect(page.finalUrl).toBe(`${server.origin}/article`);
  });

  it("connects to the checked address, not to what the name resolves to later (pinning)", async () => {
    const resolve = vi.fn(async () => ["127.0.0.1"]);
    const page = await fetchArticlePage(`http://news.test:${server.port}/echo-host`, { allowlist: [`news.test:${server.port}`], resolve });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(resolve).toHaveBeenCalledWith("news.test");
    // The request reached our 127.0.0.1 server with the original Host header.
    expect(page.html).toBe(`host=news.test:${server.port}`);
  });

  it("tries every checked address when a name has several (IPv6 and IPv4)", async () => {
    // The server listens on 127.0.0.1 only, so ::1 fails and the connection falls back.
    const resolve = vi.fn(async () => ["::1", "127.0.0.1"]);
    const page = await fetchArticlePage(`http://dual.test:${server.port}/echo-host`, { allowlist: ["dual.test"], resolve });
    expect(page.html).toBe(`host=dual.test:${server.port}`);
  });

  it("decompresses gzip and decodes a windows-1256 page by its <meta> charset", async () => {
    expect((await fetchArticlePage(`${server.origin}/article-gzip`, allowed)).html).toContain(NEWS_TITLE);
    expect((await fetchArticlePage(`${server.origin}/persian`, allowed)).html).toContain(PERSIAN_TEXT);
  });
});

describe("fetchArticlePage: private and internal addresses", () => {
  it("refuses 127.0.0.1 when it is not allowlisted, without contacting it", async () => {
    const before = server.hits.length;
    const error = await failure(`${server.origin}/article`, { allowlist: [] });
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect(error.fieldErrors).toEqual({ url: PRIVATE_ADDRESS_MESSAGE });
    expect(server.hits.length).toBe(before);
  });

  it("allowlists only the listed port", async () => {
    expect((await failure(`${server.origin}/article`, { allowlist: ["127.0.0.1:1"] })).code).toBe("FORBIDDEN");
  });

  it.each([
    "http://10.0.0.5/",
    "http://172.16.3.4/",
    "http://192.168.1.1/router",
    "http://169.254.169.254/latest/meta-data",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://2130706433/",
    "http://0x7f.0.0.1/",
    "http://0x7f.1/",
    "http://017700000001/",
    "http://127.1/",
    "https://user:pass@127.0.0.1/",
  ])("refuses %s before any network activity", async (url) => {
    const resolve = noDns();
    const error = await failure(url, { allowlist: [], resolve, timeoutMs: 2000 });
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect(resolve).not.toHaveBeenCalled();
  });

  it("refuses a host name that resolves to a private address", async () => {
    const resolve = vi.fn(async () => ["10.1.2.3"]);
    expect((await failure("http://evil.test/", { allowlist: [], resolve })).code).toBe("FORBIDDEN");
    expect(resolve).toHaveBeenCalledWith("evil.test");
  });

  it("refuses a host name when ANY of its addresses is private", async () => {
    const resolve = vi.fn(async () => ["93.184.216.34", "127.0.0.1"]);
    expect((await failure("https://rebind.test/", { allowlist: [], resolve })).code).toBe("FORBIDDEN");
    const mapped = vi.fn(async () => ["::ffff:a9fe:a9fe"]);
    expect((await failure("https://mapped.test/", { allowlist: [], resolve: mapped })).code).toBe("FORBIDDEN");
  });

  it("refuses the system resolver's answer for localhost", async () => {
    expect((await failure(`http://localhost:${server.port}/article`, { allowlist: [] })).code).toBe("FORBIDDEN");
  });

  it("refuses an allowlisted page that redirects to the metadata service", async () => {
    const error = await failure(`${server.origin}/redirect-metadata`, { ...allowed, timeoutMs: 2000 });
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });

  it("re-checks DNS on every redirect hop", async () => {
    const resolve = vi.fn(async () => ["10.9.8.7"]);
    const error = await failure(`${server.origin}/redirect-private-name`, { ...allowed, resolve });
    expect(error.code).toBe("FORBIDDEN");
    expect(resolve).toHaveBeenCalledWith("evil.test");
  });

  it("refuses a redirect to 127.0.0.1 when only the first host is allowlisted", async () => {
    const resolve = vi.fn(async () => ["127.0.0.1"]);
    const error = await failure(`http://news.test:${server.port}/redirect-local`, { allowlist: [`news.test:${server.port}`], resolve });
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("fetchArticlePage: schemes and bad addresses", () => {
  it.each(["ftp://example.com/file.txt", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<p>hi</p>", "gopher://127.0.0.1:70/"])(
    "refuses %s",
    async (url) => {
      const error = await failure(url, { allowlist: [], resolve: noDns() });
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ url: "Only http and https addresses can be imported." });
    },
  );

  it.each(["not a url", "", "http://", "apnews.com/article/1"])("explains that %j is not a web address", async (url) => {
    const error = await failure(url, { allowlist: [], resolve: noDns() });
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.url).toMatch(/not a valid web address/);
  });

  it("refuses a redirect to a file: URL", async () => {
    expect((await failure(`${server.origin}/redirect-file`, allowed)).message).toBe("Only http and https addresses can be imported.");
  });
});

describe("fetchArticlePage: unreachable, slow, large and wrong pages", () => {
  it("reports a closed port as UNAVAILABLE with the host name", async () => {
    const port = await closedPort();
    const error = await failure(`http://127.0.0.1:${port}/`, { allowlist: [`127.0.0.1:${port}`] });
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toBe("Could not reach 127.0.0.1: the server refused the connection. Check the address, or try again later.");
  });

  it("reports an unknown host name as UNAVAILABLE", async () => {
    const resolve = vi.fn(async () => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" })));
    const error = await failure("https://no-such-site.test/", { allowlist: [], resolve });
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/^Could not reach no-such-site\.test: no site with that name was found/);
  });

  it("gives up on a page that does not answer in time", async () => {
    const started = Date.now();
    const error = await failure(`${server.origin}/slow`, { ...allowed, timeoutMs: 300 });
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/^The page did not answer within 0\.3 seconds\./);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that stops arriving", async () => {
    const error = await failure(`${server.origin}/slow-body`, { ...allowed, timeoutMs: 300 });
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/did not answer within/);
  });

  it("stops reading a page larger than maxBytes", async () => {
    const error = await failure(`${server.origin}/huge`, { ...allowed, maxBytes: 100_000 });
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toMatch(/^The page is larger than 100 KB\./);
  });

  it("refuses a declared Content-Length over the limit and a gzip bomb", async () => {
    expect((await failure(`${server.origin}/huge-declared`, allowed)).message).toMatch(/^The page is larger than 5 MB\./);
    expect((await failure(`${server.origin}/gzip-bomb`, allowed)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("reports HTTP errors with their status", async () => {
    expect((await failure(`${server.origin}/missing`, allowed)).message).toMatch(/^The page answered HTTP 404\./);
    const error = await failure(`${server.origin}/server-error`, allowed);
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/^The page answered HTTP 503\./);
  });

  it("refuses content that is not a web page", async () => {
    const error = await failure(`${server.origin}/image`, allowed);
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.url).toMatch(/not a web page \(it sends image\/png\)/);
    expect((await failure(`${server.origin}/pdf`, allowed)).message).toMatch(/application\/pdf/);
  });

  it("stops after too many redirects", async () => {
    const error = await failure(`${server.origin}/redirect-loop`, allowed);
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(/redirected more than 5 times/);
  });
});
