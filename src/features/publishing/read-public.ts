import type { Db } from "@/server/db";
import { readSnapshot } from "./publish";
import type { SummarySnapshot } from "./snapshot";

export type PublicSummary = { status: "published"; snapshot: SummarySnapshot; workspace: { name: string; slug: string } } | { status: "gone"; unpublishedAt: Date; title: string };

/** The current public version of a summary by its address, or that it was taken down, or null (never existed). */
export async function getPublicSummary(db: Db, slug: string): Promise<PublicSummary | null> {
  const publication = await db.publication.findUnique({
    where: { slug },
    select: {
      unpublishedAt: true,
      workspace: { select: { name: true, slug: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } },
    },
  });
  const latest = publication?.versions[0];
  if (!publication || !latest) return null;
  const snapshot = readSnapshot(latest.snapshot);
  if (publication.unpublishedAt) return { status: "gone", unpublishedAt: publication.unpublishedAt, title: snapshot.article.title };
  return { status: "published", snapshot, workspace: publication.workspace };
}

/** What decides whether a rendered public page is still current: its version, and the desk's name and address. */
export type PublicationHead = { version: number; unpublished: boolean; workspace: { name: string; slug: string } };

/** The current version of a summary, without its snapshot: one small indexed read, for validating cached pages. */
export async function getPublicationHead(db: Db, slug: string): Promise<PublicationHead | null> {
  const publication = await db.publication.findUnique({
    where: { slug },
    select: { currentVersion: true, unpublishedAt: true, workspace: { select: { name: true, slug: true } } },
  });
  if (!publication) return null;
  return { version: publication.currentVersion, unpublished: publication.unpublishedAt !== null, workspace: publication.workspace };
}

export type PublicListing = { slug: string; title: string; outlet: string | null; publishedAt: Date; firstPublishedAt: Date; workspace: { name: string; slug: string }; snapshot: SummarySnapshot };

/** Published summaries, newest first, overall or for one workspace (by its slug). */
export async function listPublicSummaries(db: Db, options: { workspaceSlug?: string; take?: number } = {}): Promise<PublicListing[]> {
  const rows = await db.publication.findMany({
    where: { unpublishedAt: null, ...(options.workspaceSlug ? { workspace: { slug: options.workspaceSlug } } : {}) },
    orderBy: { publishedAt: "desc" },
    take: options.take ?? 50,
    select: {
      slug: true, publishedAt: true, firstPublishedAt: true,
      workspace: { select: { name: true, slug: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } },
    },
  });
  return rows.flatMap((r) => {
    const latest = r.versions[0];
    if (!latest) return [];
    const snapshot = readSnapshot(latest.snapshot);
    return [{ slug: r.slug, title: snapshot.article.title, outlet: snapshot.article.outlet, publishedAt: r.publishedAt, firstPublishedAt: r.firstPublishedAt, workspace: r.workspace, snapshot }];
  });
}
