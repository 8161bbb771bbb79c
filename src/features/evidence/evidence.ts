import { recordAudit } from "@/features/audit/record-audit";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import type { MemberActor } from "@/features/workflow/member-actor";
import { AppError } from "@/lib/app-error";
import { isUniqueViolation } from "@/server/db/errors";
import type { Db } from "@/server/db";
import { normalizeEvidenceUrl } from "./evidence-url";
import type { TAddEvidence } from "./schemas";

/** Adds a source to a claim; the same link (after normalisation) twice on one claim is refused, naming who added it. */
export async function addEvidence(db: Db, actor: MemberActor, input: TAddEvidence) {
  const link = normalizeEvidenceUrl(input.url);
  if (!link.ok) throw AppError.validation({ url: link.message });
  let archivedUrl: string | null = null;
  if (input.archivedUrl?.trim()) {
    const archived = normalizeEvidenceUrl(input.archivedUrl);
    if (!archived.ok) throw AppError.validation({ archivedUrl: archived.message });
    archivedUrl = archived.url;
  }
  const duplicate = () => AppError.validation({ url: "This link is already evidence on this claim." });
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: input.claimId, workspaceId: actor.workspaceId }, select: { id: true, articleId: true, status: true } });
    if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
    if (claim.status === "DISMISSED") throw new AppError("PRECONDITION_FAILED", "This claim was dismissed. An editor can reopen it.");
    const existing = await tx.evidence.findUnique({
      where: { claimId_normalizedUrl: { claimId: claim.id, normalizedUrl: link.normalized } },
      select: { addedBy: { select: { name: true } } },
    });
    if (existing) throw AppError.validation({ url: `This link is already evidence on this claim (added by ${existing.addedBy.name}).` });
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id, url: link.url, normalizedUrl: link.normalized, title: input.title, quote: input.quote,
        stance: input.stance, sourceType: input.sourceType, archivedUrl, addedById: actor.actorId,
      },
      select: { id: true, url: true, title: true, stance: true, sourceType: true },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "evidence.added", entityType: "evidence", entityId: evidence.id,
      articleId: claim.articleId, claimId: claim.id, after: { url: evidence.url, title: evidence.title, stance: evidence.stance, sourceType: evidence.sourceType },
    });
    return evidence;
  }).catch((error: unknown) => {
    // Two people adding the same link at the same moment: the unique index decides, with the same message.
    throw isUniqueViolation(error) ? duplicate() : error;
  });
}

/** Reviewers remove the evidence they added; editors may remove any. */
export async function removeEvidence(db: Db, actor: MemberActor, input: { evidenceId: string }) {
  return db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findFirst({
      where: { id: input.evidenceId, claim: { workspaceId: actor.workspaceId } },
      select: { id: true, url: true, title: true, stance: true, quote: true, addedById: true, claim: { select: { id: true, articleId: true } } },
    });
    if (!evidence) throw new AppError("NOT_FOUND", "That evidence is no longer on the claim.");
    if (evidence.addedById !== actor.actorId && !hasRoleAtLeast(actor.role, "EDITOR")) {
      throw new AppError("FORBIDDEN", "You can remove the evidence you added; ask an editor to remove someone else's.");
    }
    await tx.evidence.delete({ where: { id: evidence.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "evidence.removed", entityType: "evidence", entityId: evidence.id,
      articleId: evidence.claim.articleId, claimId: evidence.claim.id, before: { url: evidence.url, title: evidence.title, stance: evidence.stance, quote: evidence.quote },
    });
    return { id: evidence.id };
  });
}
