import { AppError } from "@/lib/app-error";
import { extractArticleFromHtml } from "./extract-html";
import { normalizeArticleText } from "./normalize-text";
import { type FetchArticlePageOptions, fetchArticlePage } from "./safe-fetch";
import { validateArticleText } from "./validate-article-text";

/**
 * "Import from a link": fetch safely, extract the article, validate it. The
 * result maps one-to-one onto the Article columns (sourceUrl is the address
 * after redirects, so the desk links to the page that was actually read).
 */

export type ImportedArticle = {
  title: string | null;
  text: string;
  sourceUrl: string;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string | null;
};

export async function importArticleFromUrl(url: string, options: FetchArticlePageOptions): Promise<ImportedArticle> {
  const page = await fetchArticlePage(url, options);
  const isPlainText = /^text\/plain\b/i.test(page.contentType.trim());
  const article = isPlainText
    ? { title: null, text: normalizeArticleText(page.html), byline: null, outlet: hostOf(page.finalUrl), publishedAt: null, language: null }
    : extractArticleFromHtml(page.html, page.finalUrl);

  if (!article.text) {
    throw AppError.validation({
      url: "We found no article text at this address. Open the page in a browser, copy the article and paste it instead.",
    });
  }
  validateArticleText(article.text, { field: "url" });

  return {
    title: article.title,
    text: article.text,
    sourceUrl: page.finalUrl,
    outlet: article.outlet,
    author: article.byline,
    publishedAt: article.publishedAt,
    language: article.language,
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
