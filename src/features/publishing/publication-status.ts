import type { Db } from "@/server/db";
import { buildSnapshot, changedVerdicts } from "./build-snapshot";
import { readSnapshot } from "./publish";

/**
 * For the article page's Publish panel: whether a summary is public, and what
 * publishing now would change (claims that would need a correction note).
 */
export async function getPublicationStatus(db: Db, workspaceId: string, articleId: string) {
  const publication = await db.publication.findFirst({
    where: { articleId, workspaceId },
    select: { slug: true, currentVersion: true, publishedAt: true, unpublishedAt: true, firstPublishedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } } },
  });
  const previous = publication?.versions[0] ? readSnapshot(publication.versions[0].snapshot) : null;
  const now = new Date();
  const draft = await buildSnapshot(db, workspaceId, articleId, {
    slug: publication?.slug ?? "draft",
    version: (publication?.currentVersion ?? 0) + 1,
    publishedAt: now,
    firstPublishedAt: publication?.firstPublishedAt ?? now,
    includeUnverified: true,
    previous,
    corrections: [],
  });
  return {
    publication: publication ? { slug: publication.slug, version: publication.currentVersion, publishedAt: publication.publishedAt, unpublishedAt: publication.unpublishedAt } : null,
    approved: draft.claims.filter((c) => c.rating).length,
    unverified: draft.claims.filter((c) => !c.rating).length,
    changed: changedVerdicts(previous, draft).map((c) => ({ claimId: c.anchor, wording: c.wording, before: c.before.rating!.label, after: c.after.rating!.label })),
  };
}
