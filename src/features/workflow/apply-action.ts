import { recordAudit } from "@/features/audit/record-audit";
import type { DbTx } from "@/server/db";
import { type ClaimAction, type ClaimTransition, decide } from "./lifecycle";
import { type LockedClaim, lifecycleState } from "./locked-claim";
import type { MemberActor } from "./member-actor";
import { refusalError } from "./refusal-error";
import { staleChangeError } from "@/features/claims/stale-write";

/** Asks the lifecycle whether `actor` may do `action`; throws the refusal (naming who holds the claim) if not. */
export function decideOrThrow(claim: LockedClaim, action: ClaimAction, actor: MemberActor): ClaimTransition {
  const decision = decide(lifecycleState(claim), action, { userId: actor.actorId, role: actor.role }, { twoPersonRule: claim.workspace.twoPersonRule });
  if (!decision.ok) throw refusalError(decision.reason, decision.message, claim.assignee?.name);
  return decision.next;
}

/** When the caller based the change on a version they saw, it must still be the current one. */
export async function requireVersion(tx: DbTx, claim: LockedClaim, expected: number | undefined, what: "claim" | "verdict" = "claim") {
  const current = what === "claim" ? claim.version : claim.verdict?.version;
  if (expected !== undefined && current !== expected) throw await staleChangeError(tx, claim.id, what);
}

/** Writes the claim's new status and assignee (the row is locked by lockClaim), bumping its version. */
export async function writeTransition(tx: DbTx, claim: LockedClaim, next: ClaimTransition) {
  await tx.claim.update({
    where: { id: claim.id },
    data: { status: next.status, assigneeId: next.assigneeId, version: { increment: 1 } },
  });
}

type Snapshot = { status: string; assignee: { id: string; name: string } | null };

/** Records a status/assignment change in the audit trail with names, so the timeline reads without joins. */
export async function auditTransition(
  tx: DbTx,
  actor: MemberActor,
  claim: LockedClaim,
  action: string,
  after: Snapshot & Record<string, unknown>,
) {
  await recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.actorId,
    action,
    entityType: "claim",
    entityId: claim.id,
    articleId: claim.articleId,
    claimId: claim.id,
    before: { status: claim.status, assignee: claim.assignee },
    after: JSON.parse(JSON.stringify(after)),
  });
}
