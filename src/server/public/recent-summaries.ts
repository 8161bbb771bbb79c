import { listPublicSummaries } from "@/features/publishing/read-public";
import { countsSentence } from "@/features/publishing/summary-counts";
import { getDb } from "@/server/db";

/** The newest public summaries, for the signed-out home page (public data only). */
export async function recentPublicSummaries(take = 3) {
  const items = await listPublicSummaries(await getDb(), { take });
  return items.map((i) => ({ slug: i.slug, title: i.title, workspaceName: i.workspace.name, publishedAt: i.publishedAt, counts: countsSentence(i.snapshot) }));
}
