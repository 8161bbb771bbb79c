import type { Role } from "@/generated/prisma/enums";
import { recordAudit } from "@/features/audit/record-audit";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { checkAdminsRemain, type MemberChange } from "./permissions";

export type Member = { id: string; userId: string; name: string; email: string; role: Role; joinedAt: Date };

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ id: r.id, userId: r.userId, role: r.role, joinedAt: r.createdAt, ...r.user }));
}

async function loadMember(tx: DbTx, workspaceId: string, memberId: string) {
  const member = await tx.membership.findFirst({
    where: { id: memberId, workspaceId },
    select: { id: true, role: true, userId: true },
  });
  if (!member) throw new AppError("NOT_FOUND", "That member is no longer in this workspace.");
  return member;
}

/**
 * The admin count is read inside the same transaction as the change, with the
 * admin rows locked, so two admins demoting each other at once cannot both win
 * and leave the workspace without an admin.
 */
async function assertAdminsRemain(tx: DbTx, workspaceId: string, change: MemberChange): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'ADMIN' FOR UPDATE`;
  const refusal = checkAdminsRemain(change, admins.length);
  if (refusal) throw new AppError("PRECONDITION_FAILED", refusal);
}

type Actor = { workspaceId: string; actorId: string };

export async function changeMemberRole(db: Db, actor: Actor, memberId: string, role: Role): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await loadMember(tx, actor.workspaceId, memberId);
    if (member.role === role) return;
    await assertAdminsRemain(tx, actor.workspaceId, { kind: "change-role", targetRole: member.role, newRole: role });
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAudit(tx, {
      ...actor,
      action: "member.role_changed",
      entityType: "membership",
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role },
    });
  });
}

export async function removeMember(db: Db, actor: Actor, memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const member = await loadMember(tx, actor.workspaceId, memberId);
    const change: MemberChange =
      member.userId === actor.actorId ? { kind: "leave", ownRole: member.role } : { kind: "remove", targetRole: member.role };
    await assertAdminsRemain(tx, actor.workspaceId, change);
    await tx.membership.delete({ where: { id: member.id } });
    // Unassign their open work so nothing sits with someone who can no longer see it.
    await tx.claim.updateMany({
      where: { workspaceId: actor.workspaceId, assigneeId: member.userId, status: { in: ["OPEN", "IN_PROGRESS"] } },
      data: { assigneeId: null, status: "OPEN", version: { increment: 1 } },
    });
    await recordAudit(tx, {
      ...actor,
      action: change.kind === "leave" ? "member.left" : "member.removed",
      entityType: "membership",
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
    });
  });
}

export async function leaveWorkspace(db: Db, workspaceId: string, userId: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", "You are not a member of this workspace.");
  await removeMember(db, { workspaceId, actorId: userId }, membership.id);
}
