import { AppError } from "@/lib/app-error";
import type { DbTx } from "@/server/db";

const lockedClaimSelect = {
  id: true,
  workspaceId: true,
  articleId: true,
  status: true,
  assigneeId: true,
  wording: true,
  version: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
  verdict: { select: { id: true, rating: true, rationale: true, confidence: true, authorId: true, approvedById: true, reviewNote: true, version: true } },
  workspace: { select: { twoPersonRule: true, ratingScale: true } },
} as const;

/**
 * Locks a claim's row for the rest of the transaction, then reads it.
 *
 * Every workflow change starts here, so concurrent changes to one claim run one
 * after the other: when twenty reviewers take the same claim at once, the first
 * takes it and the other nineteen read the new state and are told who has it,
 * instead of racing on a stale read.
 */
export async function lockClaim(tx: DbTx, workspaceId: string, claimId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: lockedClaimSelect });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
  return claim;
}

export type LockedClaim = Awaited<ReturnType<typeof lockClaim>>;

/** The claim's state as the lifecycle sees it. */
export function lifecycleState(claim: LockedClaim) {
  return { status: claim.status, assigneeId: claim.assigneeId, verdictAuthorId: claim.verdict?.authorId ?? null };
}
