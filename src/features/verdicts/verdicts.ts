import type { Prisma } from "@/generated/prisma/client";
import { notify, reviewersOf } from "@/features/notifications/notify";
import { auditTransition, decideOrThrow, requireVersion, writeTransition } from "@/features/workflow/apply-action";
import { type LockedClaim, lockClaim } from "@/features/workflow/locked-claim";
import type { MemberActor } from "@/features/workflow/member-actor";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { findRating, parseRatingScale } from "./rating-scale";
import type { TVerdictFields } from "./schemas";

function checkRating(claim: LockedClaim, rating: string) {
  const scale = parseRatingScale(claim.workspace.ratingScale);
  if (!findRating(scale, rating)) {
    throw AppError.validation({ rating: `Choose one of: ${scale.ratings.map((r) => r.label).join(", ")}.` });
  }
}

async function userName(tx: DbTx, id: string) {
  return tx.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } });
}

const verdictSnapshot = (v: { rating: string; rationale: string; confidence: number } | null | undefined) =>
  v ? { rating: v.rating, rationale: v.rationale, confidence: v.confidence } : null;

/** Editors and admins are asked to review a verdict that waits for a second person. */
async function askForReview(tx: DbTx, actor: MemberActor, claim: LockedClaim, rating: string) {
  await notify(tx, {
    workspaceId: actor.workspaceId, actorId: actor.actorId, kind: "REVIEW_REQUESTED",
    recipientIds: await reviewersOf(tx, actor.workspaceId), articleId: claim.articleId, claimId: claim.id,
    payload: { wording: claim.wording, rating },
  });
}

/** Records a change of the verdict's text with what it said before. */
async function auditVerdictText(tx: DbTx, actor: MemberActor, claim: LockedClaim, action: string, status: string, verdict: TVerdictFields) {
  await auditTransition(tx, actor, claim, action, { status, assignee: claim.assignee, verdict, verdictBefore: verdictSnapshot(claim.verdict) });
}

/** The reviewer holding a claim (or an editor) proposes a verdict; editors are asked to review it. */
export async function proposeVerdict(db: Db, actor: MemberActor, input: { claimId: string; claimVersion: number } & TVerdictFields) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, input.claimId);
    const next = decideOrThrow(claim, { type: "propose_verdict" }, actor);
    await requireVersion(tx, claim, input.claimVersion);
    checkRating(claim, input.rating);
    const fields = { rating: input.rating, rationale: input.rationale, confidence: input.confidence };
    // A verdict sent back keeps its row: proposing again revises it.
    await tx.verdict.upsert({
      where: { claimId: claim.id },
      create: { claimId: claim.id, authorId: actor.actorId, ...fields },
      update: { ...fields, authorId: actor.actorId, approvedById: null, approvedAt: null, version: { increment: 1 } },
    });
    await writeTransition(tx, claim, next);
    await askForReview(tx, actor, claim, input.rating);
    await auditVerdictText(tx, actor, claim, "verdict.proposed", next.status, fields);
    return { claimId: claim.id, status: next.status };
  });
}

/** Edits the verdict; after approval this sends it back for review (the approval no longer covers the text). */
export async function editVerdict(db: Db, actor: MemberActor, input: { claimId: string; verdictVersion: number } & TVerdictFields) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, input.claimId);
    const next = decideOrThrow(claim, { type: "edit_verdict" }, actor);
    await requireVersion(tx, claim, input.verdictVersion, "verdict");
    checkRating(claim, input.rating);
    const fields = { rating: input.rating, rationale: input.rationale, confidence: input.confidence };
    const data: Prisma.VerdictUpdateInput = { ...fields, author: { connect: { id: actor.actorId } }, version: { increment: 1 } };
    if (next.clearApproval) Object.assign(data, { approvedBy: { disconnect: true }, approvedAt: null });
    await tx.verdict.update({ where: { claimId: claim.id }, data });
    await writeTransition(tx, claim, next);
    if (next.clearApproval) await askForReview(tx, actor, claim, input.rating);
    await auditVerdictText(tx, actor, claim, "verdict.edited", next.status, fields);
    return { claimId: claim.id, status: next.status };
  });
}

/** A second person approves the verdict, exactly as they saw it (its version). */
export async function approveVerdict(db: Db, actor: MemberActor, input: { claimId: string; verdictVersion: number }) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, input.claimId);
    const next = decideOrThrow(claim, { type: "approve" }, actor);
    await requireVersion(tx, claim, input.verdictVersion, "verdict");
    await tx.verdict.update({ where: { claimId: claim.id }, data: { approvedById: actor.actorId, approvedAt: new Date(), reviewNote: null, version: { increment: 1 } } });
    await writeTransition(tx, claim, next);
    await notify(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, kind: "VERDICT_APPROVED",
      recipientIds: [claim.verdict?.authorId], articleId: claim.articleId, claimId: claim.id,
      payload: { wording: claim.wording, rating: claim.verdict?.rating ?? "" },
    });
    await auditTransition(tx, actor, claim, "verdict.approved", {
      status: next.status, assignee: claim.assignee, approvedBy: await userName(tx, actor.actorId), verdict: verdictSnapshot(claim.verdict),
    });
    return { claimId: claim.id, status: next.status };
  });
}

/** Sends a proposed verdict back to its author with the reason; the claim returns to in progress. */
export async function sendBackVerdict(db: Db, actor: MemberActor, input: { claimId: string; verdictVersion: number; reason: string }) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, input.claimId);
    const next = decideOrThrow(claim, { type: "send_back", reason: input.reason }, actor);
    await requireVersion(tx, claim, input.verdictVersion, "verdict");
    await tx.verdict.update({ where: { claimId: claim.id }, data: { reviewNote: input.reason, version: { increment: 1 } } });
    await writeTransition(tx, claim, next);
    await notify(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, kind: "VERDICT_SENT_BACK",
      recipientIds: [claim.verdict?.authorId, claim.assigneeId], articleId: claim.articleId, claimId: claim.id,
      payload: { wording: claim.wording, reason: input.reason },
    });
    await auditTransition(tx, actor, claim, "verdict.sent_back", { status: next.status, assignee: claim.assignee, reason: input.reason });
    return { claimId: claim.id, status: next.status };
  });
}
