import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { importArticleFromUrl } from "./import-from-url";
import { NEWS_BYLINE, NEWS_OUTLET, NEWS_PARAGRAPHS, NEWS_TITLE } from "./news-page.fixture";
import { PERSIAN_TEXT, startNewsServer, type NewsServer } from "./news-server.fixture";
import { PRIVATE_ADDRESS_MESSAGE } from "./safe-fetch";

let server: NewsServer;
let allowlist: string[];

beforeAll(async () => {
  server = await startNewsServer();
  allowlist = [`127.0.0.1:${server.port}`];
});
afterAll(() => server.close());

async function failure(url: string, options: Parameters<typeof importArticleFromUrl>[1]): Promise<AppError> {
  const error: unknown = await importArticleFromUrl(url, options).then(() => new Error("expected a refusal"), (e: unknown) => e);
  if (error instanceof AppError) return error;
  throw error;
}

describe("importArticleFromUrl", () => {
  it("imports a news article with its metadata and paragraphs", async () => {
    const article = await importArticleFromUrl(`${server.origin}/redirect-local`, { allowlist });
    expect(article).toMatchObject({
      title: NEWS_TITLE,
      sourceUrl: `${server.origin}/article`,
      outlet: NEWS_OUTLET,
      author: NEWS_BYLINE,
      language: "en",
    });
    expect(article.publishedAt?.toISOString()).toBe("2021-10-09T14:32:00.000Z");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs.slice(0, 4)).toEqual(NEWS_PARAGRAPHS.slice(0, 4));
    for (const p of NEWS_PARAGRAPHS) expect(paragraphs).toContain(p);
    expect(article.text).not.toMatch(/Politics|Photos of the week|All rights reserved/);
  });

  it("imports a Persian windows-1256 page", async () => {
    const article = await importArticleFromUrl(`${server.origin}/persian`, { allowlist });
    expect(article.language).toBe("fa");
    expect(article.text).toBe(PERSIAN_TEXT);
  });

  it("imports a plain-text page as normalised text", async () => {
    const article = await importArticleFromUrl(`${server.origin}/plain`, { allowlist });
    expect(article).toMatchObject({ title: null, text: "First paragraph.\n\nSecond paragraph.", outlet: "127.0.0.1", author: null });
  });

  it("explains when a page has no article text", async () => {
    const error = await failure(`${server.origin}/empty`, { allowlist });
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.url).toMatch(/no article text at this address/);
  });

  it("refuses private addresses and the metadata service", async () => {
    expect((await failure(`${server.origin}/article`, { allowlist: [] })).message).toBe(PRIVATE_ADDRESS_MESSAGE);
    expect((await failure(`${server.origin}/redirect-metadata`, { allowlist })).message).toBe(PRIVATE_ADDRESS_MESSAGE);
  });

  it("passes on fetch limits", async () => {
    expect((await failure(`${server.origin}/huge`, { allowlist, maxBytes: 50_000 })).code).toBe("PAYLOAD_TOO_LARGE");
    expect((await failure(`${server.origin}/slow`, { allowlist, timeoutMs: 300 })).code).toBe("UNAVAILABLE");
    expect((await failure(`${server.origin}/image`, { allowlist })).code).toBe("VALIDATION");
  });
});
