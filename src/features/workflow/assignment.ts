import { notify } from "@/features/notifications/notify";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { auditTransition, decideOrThrow, requireVersion, writeTransition } from "./apply-action";
import { type ClaimAction } from "./lifecycle";
import { lockClaim } from "./locked-claim";
import type { MemberActor } from "./member-actor";

export type ClaimRef = { claimId: string; version?: number };

const AUDIT_ACTION = { take: "claim.taken", release: "claim.released", dismiss: "claim.dismissed", reopen: "claim.reopened" } as const;

async function nameOf(db: Pick<Db, "user">, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } });
}

/**
 * Take, release, dismiss or reopen a claim. Taking needs no version: whoever
 * comes first gets it, and everyone after is told who has it.
 */
export async function changeClaimHolder(db: Db, actor: MemberActor, ref: ClaimRef, type: keyof typeof AUDIT_ACTION) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, ref.claimId);
    const next = decideOrThrow(claim, { type } as ClaimAction, actor);
    await requireVersion(tx, claim, ref.version);
    await writeTransition(tx, claim, next);
    const assignee = next.assigneeId ? await nameOf(tx, next.assigneeId) : null;
    await auditTransition(tx, actor, claim, AUDIT_ACTION[type], { status: next.status, assignee });
    return { claimId: claim.id, status: next.status, assignee, version: claim.version + 1 };
  });
}

/** An editor gives a claim to a member with the reviewer role or higher (or moves it to another). */
export async function assignClaim(db: Db, actor: MemberActor, input: ClaimRef & { assigneeId: string }) {
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, actor.workspaceId, input.claimId);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: input.assigneeId } },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    if (!member) throw AppError.validation({ assigneeId: "That person is not a member of this workspace." });
    const next = decideOrThrow(claim, { type: "assign", assigneeId: input.assigneeId, assigneeRole: member.role }, actor);
    await requireVersion(tx, claim, input.version);
    await writeTransition(tx, claim, next);
    await notify(tx, {
      workspaceId: actor.workspaceId,
      actorId: actor.actorId,
      kind: "ASSIGNED",
      recipientIds: [member.user.id],
      articleId: claim.articleId,
      claimId: claim.id,
      payload: { wording: claim.wording },
    });
    await auditTransition(tx, actor, claim, "claim.assigned", { status: next.status, assignee: member.user });
    return { claimId: claim.id, status: next.status, assignee: member.user, version: claim.version + 1 };
  });
}
