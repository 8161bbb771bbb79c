import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/features/audit/record-audit";
import { decide } from "@/features/workflow/lifecycle";
import type { MemberActor } from "@/features/workflow/member-actor";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { slugify } from "@/features/workspaces/slug";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { buildSnapshot, changedVerdicts } from "./build-snapshot";
import type { PublishedCorrection, SummarySnapshot } from "./snapshot";

export type PublishInput = { articleId: string; includeUnverified: boolean; corrections: { claimId: string; note: string }[] };

async function freeSlug(tx: DbTx, title: string): Promise<string> {
  const base = slugify(title).slice(0, 60);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.publication.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export function readSnapshot(json: Prisma.JsonValue): SummarySnapshot {
  const snapshot = json as unknown as SummarySnapshot;
  if (snapshot?.schemaVersion !== 1) throw new Error("Unknown summary snapshot version.");
  return snapshot;
}

/**
 * Publishes (or re-publishes) an article's summary as a new frozen version.
 * A verdict that changes after it was public needs a correction note, listed
 * on the public page with its date; approved claims become published.
 */
export async function publishSummary(db: Db, actor: MemberActor, input: PublishInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Article" WHERE "id" = ${input.articleId} AND "workspaceId" = ${actor.workspaceId} FOR UPDATE`;
    const article = await tx.article.findFirst({ where: { id: input.articleId, workspaceId: actor.workspaceId }, select: { id: true, title: true } });
    if (!article) throw new AppError("NOT_FOUND", "Article not found.");
    const existing = await tx.publication.findUnique({
      where: { articleId: article.id },
      select: { id: true, slug: true, currentVersion: true, firstPublishedAt: true, unpublishedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } } },
    });
    if (existing?.unpublishedAt && !hasRoleAtLeast(actor.role, "ADMIN")) {
      throw new AppError("FORBIDDEN", "An admin unpublished this summary; only an admin can publish it again.");
    }
    const now = new Date();
    const previous = existing?.versions[0] ? readSnapshot(existing.versions[0].snapshot) : null;
    const version = (existing?.currentVersion ?? 0) + 1;
    const frame = {
      slug: existing?.slug ?? (await freeSlug(tx, article.title)),
      version,
      publishedAt: now,
      firstPublishedAt: existing?.firstPublishedAt ?? now,
      includeUnverified: input.includeUnverified,
      previous,
      corrections: previous?.corrections ?? [],
    };
    const draft = await buildSnapshot(tx, actor.workspaceId, article.id, frame);
    if (!draft.claims.some((c) => c.rating)) {
      throw new AppError("PRECONDITION_FAILED", "There is no approved verdict to publish yet. Approve at least one claim's verdict first.");
    }
    const notes = new Map(input.corrections.map((c) => [c.claimId, c.note.trim()]));
    const changed = changedVerdicts(previous, draft);
    const missing = changed.filter((c) => !notes.get(c.anchor));
    if (missing.length) {
      throw AppError.validation(
        Object.fromEntries(missing.map((c) => [`correction.${c.anchor}`, `Say what changed in “${c.wording}” and why: it is shown to readers as a correction.`])),
        `A published verdict changed: write a correction note for ${missing.map((c) => `“${c.wording}”`).join(", ")}.`,
      );
    }
    const publication = existing ?? (await tx.publication.create({ data: { workspaceId: actor.workspaceId, articleId: article.id, slug: frame.slug, firstPublishedAt: now, publishedAt: now, currentVersion: 0 }, select: { id: true, slug: true, currentVersion: true, firstPublishedAt: true, unpublishedAt: true, versions: { select: { snapshot: true } } } }));
    const newCorrections: PublishedCorrection[] = [];
    for (const c of changed) {
      const note = notes.get(c.anchor)!;
      await tx.correction.create({
        data: {
          publicationId: publication.id, claimId: c.anchor, version, note, createdById: actor.actorId,
          before: { rating: c.before.rating!.label, rationale: c.before.rationale }, after: { rating: c.after.rating!.label, rationale: c.after.rationale },
        },
      });
      newCorrections.push({ date: now.toISOString(), version, anchor: c.anchor, wording: c.wording, note, before: c.before.rating!.label, after: c.after.rating!.label });
    }
    const snapshot: SummarySnapshot = { ...draft, corrections: [...newCorrections, ...draft.corrections] };
    await tx.publicationVersion.create({ data: { publicationId: publication.id, version, snapshot: snapshot as unknown as Prisma.InputJsonValue, publishedById: actor.actorId } });
    await tx.publication.update({ where: { id: publication.id }, data: { currentVersion: version, publishedAt: now, unpublishedAt: null } });
    await markClaimsPublished(tx, actor, snapshot);
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: version === 1 ? "summary.published" : "summary.republished",
      entityType: "publication", entityId: publication.id, articleId: article.id,
      after: { slug: frame.slug, version, claims: snapshot.claims.length, corrections: newCorrections.length },
    });
    return { slug: frame.slug, version };
  });
}

/** Approved claims that went public become PUBLISHED (the lifecycle's publish step), each recorded. */
async function markClaimsPublished(tx: DbTx, actor: MemberActor, snapshot: SummarySnapshot) {
  const ids = snapshot.claims.filter((c) => c.rating).map((c) => c.anchor);
  const claims = await tx.claim.findMany({ where: { id: { in: ids }, status: "APPROVED" }, select: { id: true, articleId: true, status: true, assigneeId: true, verdict: { select: { authorId: true } } } });
  for (const c of claims) {
    const decision = decide({ status: c.status, assigneeId: c.assigneeId, verdictAuthorId: c.verdict?.authorId ?? null }, { type: "publish" }, { userId: actor.actorId, role: actor.role }, { twoPersonRule: true });
    if (!decision.ok) throw new AppError("FORBIDDEN", decision.message);
    await tx.claim.update({ where: { id: c.id }, data: { status: decision.next.status, version: { increment: 1 } } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "claim.published", entityType: "claim", entityId: c.id,
      articleId: c.articleId, claimId: c.id, before: { status: c.status }, after: { status: decision.next.status, version: snapshot.version },
    });
  }
}

/** An admin takes a summary down: its address answers 410 Gone with a short notice; the versions stay on record. */
export async function unpublishSummary(db: Db, actor: MemberActor, input: { articleId: string }) {
  return db.$transaction(async (tx) => {
    const publication = await tx.publication.findFirst({ where: { articleId: input.articleId, workspaceId: actor.workspaceId }, select: { id: true, slug: true, unpublishedAt: true } });
    if (!publication) throw new AppError("NOT_FOUND", "This article has no published summary.");
    if (publication.unpublishedAt) return { slug: publication.slug };
    await tx.publication.update({ where: { id: publication.id }, data: { unpublishedAt: new Date() } });
    await recordAudit(tx, { workspaceId: actor.workspaceId, actorId: actor.actorId, action: "summary.unpublished", entityType: "publication", entityId: publication.id, articleId: input.articleId });
    return { slug: publication.slug };
  });
}
