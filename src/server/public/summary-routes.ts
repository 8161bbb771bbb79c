import { summaryCsv, summaryJson, summaryMarkdown } from "@/features/publishing/exports";
import { getPublicationHead, getPublicSummary, type PublicSummary } from "@/features/publishing/read-public";
import { renderEmbed } from "@/features/publishing/render/embed-page";
import { renderGonePage, renderNotFoundPage } from "@/features/publishing/render/gone-page";
import { renderSummaryPage } from "@/features/publishing/render/summary-page";
import { getDb } from "@/server/db";
import { htmlResponse } from "./html-response";
import { cachedPage, isNotModified, type PageKey, storePage } from "./page-cache";
import { publicOrigin, publicUrls } from "./public-urls";

/** Resolves a public summary or answers for it: 404 when it never existed, 410 Gone when it was unpublished. */
async function load(slug: string) {
  const summary = await getPublicSummary(await getDb(), slug);
  if (!summary) return { response: htmlResponse(renderNotFoundPage(), { status: 404 }) };
  if (summary.status === "gone") {
    return { response: htmlResponse(renderGonePage({ title: summary.title, unpublishedAt: summary.unpublishedAt.toISOString() }), { status: 410 }) };
  }
  return { summary };
}

type Published = Extract<PublicSummary, { status: "published" }>;

/**
 * Serves a summary's page or embed from the rendered-page cache when the
 * publication's current version (read now, one small query) matches it, else
 * renders it; answers 304 when the reader already holds those bytes.
 */
async function publicPage(request: Request, slug: string, kind: PageKey["kind"], render: (summary: Published, origin: string) => string): Promise<Response> {
  const origin = publicOrigin(request);
  const head = await getPublicationHead(await getDb(), slug);
  let page = head && !head.unpublished ? cachedPage({ kind, slug, origin, version: head.version, workspace: head.workspace }) : undefined;
  if (!page) {
    const { summary, response } = await load(slug);
    if (!summary) return response;
    // Keyed by what was rendered: a version published since the head was read is stored as itself.
    page = storePage({ kind, slug, origin, version: summary.snapshot.version, workspace: summary.workspace }, render(summary, origin));
  }
  const frameable = kind === "embed";
  if (isNotModified(request.headers.get("if-none-match"), page.etag)) return htmlResponse(null, { status: 304, frameable, etag: page.etag });
  return htmlResponse(page.html, { frameable, etag: page.etag });
}

export function summaryPage(request: Request, slug: string): Promise<Response> {
  return publicPage(request, slug, "summary", (summary, origin) => {
    const urls = publicUrls(origin, slug);
    return renderSummaryPage(summary.snapshot, { summaryUrl: urls.summary, embedUrl: urls.embed, exportUrls: urls.exports, indexUrl: `${urls.index}?w=${encodeURIComponent(summary.workspace.slug)}`, workspaceName: summary.workspace.name, feedUrl: urls.feed });
  });
}

export function embedPage(request: Request, slug: string): Promise<Response> {
  return publicPage(request, slug, "embed", (summary, origin) => renderEmbed(summary.snapshot, { summaryUrl: publicUrls(origin, slug).summary }));
}

const EXPORTS = {
  md: { type: "text/markdown; charset=utf-8", ext: "md" },
  json: { type: "application/json; charset=utf-8", ext: "json" },
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
} as const;

export async function summaryExport(request: Request, slug: string, format: string): Promise<Response> {
  if (!(format in EXPORTS)) return new Response("Unknown export format. Use md, json or csv.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { summary, response } = await load(slug);
  if (!summary) return response;
  const kind = EXPORTS[format as keyof typeof EXPORTS];
  const summaryUrl = publicUrls(publicOrigin(request), slug).summary;
  const body = format === "md" ? summaryMarkdown(summary.snapshot, { summaryUrl }) : format === "json" ? JSON.stringify(summaryJson(summary.snapshot, { summaryUrl }), null, 2) : summaryCsv(summary.snapshot);
  return new Response(body, {
    headers: {
      "content-type": kind.type,
      "content-disposition": `attachment; filename="${slug.replace(/[^\w.-]+/g, "-")}-v${summary.snapshot.version}.${kind.ext}"`,
      "cache-control": "public, no-cache",
      "x-content-type-options": "nosniff",
    },
  });
}
