import { summaryCsv, summaryJson, summaryMarkdown } from "@/features/publishing/exports";
import { getPublicSummary } from "@/features/publishing/read-public";
import { renderEmbed } from "@/features/publishing/render/embed-page";
import { renderGonePage, renderNotFoundPage } from "@/features/publishing/render/gone-page";
import { renderSummaryPage } from "@/features/publishing/render/summary-page";
import { getDb } from "@/server/db";
import { htmlResponse } from "./html-response";
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

export async function summaryPage(request: Request, slug: string): Promise<Response> {
  const { summary, response } = await load(slug);
  if (!summary) return response;
  const urls = publicUrls(publicOrigin(request), slug);
  return htmlResponse(
    renderSummaryPage(summary.snapshot, { summaryUrl: urls.summary, embedUrl: urls.embed, exportUrls: urls.exports, indexUrl: `${urls.index}?w=${encodeURIComponent(summary.workspace.slug)}`, workspaceName: summary.workspace.name, feedUrl: urls.feed }),
  );
}

export async function embedPage(request: Request, slug: string): Promise<Response> {
  const { summary, response } = await load(slug);
  if (!summary) return response;
  return htmlResponse(renderEmbed(summary.snapshot, { summaryUrl: publicUrls(publicOrigin(request), slug).summary }), { frameable: true });
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
