import { atomFeed } from "@/features/publishing/atom-feed";
import { listPublicSummaries } from "@/features/publishing/read-public";
import { renderIndexPage } from "@/features/publishing/render/index-page";
import { countsSentence } from "@/features/publishing/summary-counts";
import { getDb } from "@/server/db";
import { htmlResponse } from "./html-response";
import { publicOrigin, publicUrls } from "./public-urls";

function workspaceFilter(request: Request): string | undefined {
  const w = new URL(request.url).searchParams.get("w")?.trim();
  return w && /^[\p{L}\p{N}-]{1,64}$/u.test(w) ? w : undefined;
}

/** /s and /s?w=<desk>: published summaries, newest first. */
export async function indexPage(request: Request): Promise<Response> {
  const origin = publicOrigin(request);
  const workspaceSlug = workspaceFilter(request);
  const items = await listPublicSummaries(await getDb(), { workspaceSlug });
  const feedUrl = `${origin}/s/feed.xml${workspaceSlug ? `?w=${encodeURIComponent(workspaceSlug)}` : ""}`;
  return htmlResponse(
    renderIndexPage(
      items.map((i) => ({
        slug: i.slug, url: publicUrls(origin, i.slug).summary, title: i.title, outlet: i.outlet, workspaceName: i.workspace.name,
        workspaceUrl: `${origin}/s?w=${encodeURIComponent(i.workspace.slug)}`, publishedAt: i.publishedAt.toISOString(), countsSentence: countsSentence(i.snapshot),
      })),
      { heading: workspaceSlug && items[0] ? `Fact-checks by ${items[0].workspace.name}` : "Published fact-checks", feedUrl, allUrl: workspaceSlug ? `${origin}/s` : null },
    ),
  );
}

/** Atom feed of the same list. */
export async function feed(request: Request): Promise<Response> {
  const origin = publicOrigin(request);
  const workspaceSlug = workspaceFilter(request);
  const items = await listPublicSummaries(await getDb(), { workspaceSlug });
  const self = `${origin}/s/feed.xml${workspaceSlug ? `?w=${encodeURIComponent(workspaceSlug)}` : ""}`;
  const xml = atomFeed({
    id: self,
    title: workspaceSlug && items[0] ? `Fact-checks by ${items[0].workspace.name}` : "Factdesk fact-checks",
    selfUrl: self,
    siteUrl: `${origin}/s`,
    updated: (items[0]?.publishedAt ?? new Date(0)).toISOString(),
    entries: items.map((i) => ({
      id: publicUrls(origin, i.slug).summary, title: `Fact-check: ${i.title}`, url: publicUrls(origin, i.slug).summary, summary: countsSentence(i.snapshot),
      updated: i.publishedAt.toISOString(), published: i.firstPublishedAt.toISOString(), authorName: i.snapshot.organization.name,
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, no-cache" } });
}
