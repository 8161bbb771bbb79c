import type { Role } from "@/generated/prisma/enums";
import { recordAudit } from "@/features/audit/record-audit";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { hashInvitationToken, newInvitationToken } from "./invitation-token";
import type { TCreateInvitation } from "./schemas";

type Actor = { workspaceId: string; actorId: string };

export type PendingInvitation = {
  id: string;
  email: string | null;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
  createdByName: string;
};

/** Returns the secret token once; the caller turns it into a link. It is not stored. */
export async function createInvitation(db: Db, actor: Actor, input: TCreateInvitation) {
  if (input.email) {
    const existing = await db.membership.findFirst({
      where: { workspaceId: actor.workspaceId, user: { email: input.email } },
      select: { id: true },
    });
    if (existing) throw AppError.validation({ email: "This person is already a member." });
  }
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { workspaceId: actor.workspaceId, email: input.email ?? null, role: input.role, tokenHash, expiresAt, createdById: actor.actorId },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      ...actor,
      action: "invitation.created",
      entityType: "invitation",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { ...invitation, token };
  });
}

export async function listPendingInvitations(db: Db, workspaceId: string): Promise<PendingInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, createdByName: createdBy.name }));
}

export async function revokeInvitation(db: Db, actor: Actor, invitationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That invitation was already used or withdrawn.");
    await recordAudit(tx, { ...actor, action: "invitation.revoked", entityType: "invitation", entityId: invitationId });
  });
}

export type InvitationPreview = { workspaceName: string; role: Role; email: string | null; invitedBy: string; expiresAt: Date };

/** What the invite page shows before accepting; explains precisely why a link no longer works. */
export async function previewInvitation(db: Db, token: string): Promise<InvitationPreview> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      role: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      workspace: { select: { name: true } }, createdBy: { select: { name: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new one.");
  if (invitation.acceptedAt) throw new AppError("GONE", "This invitation has already been used. Ask for a new one.");
  if (invitation.revokedAt) throw new AppError("GONE", "This invitation was withdrawn. Ask for a new one.");
  if (invitation.expiresAt <= new Date()) throw new AppError("GONE", "This invitation has expired. Ask for a new one.");
  return {
    workspaceName: invitation.workspace.name,
    role: invitation.role,
    email: invitation.email,
    invitedBy: invitation.createdBy.name,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Accepting is one conditional update (accepted only if still open), so a link
 * used twice at the same moment admits exactly one person.
 */
export async function acceptInvitation(db: Db, userId: string, token: string): Promise<{ workspaceId: string; slug: string }> {
  await previewInvitation(db, token);
  const tokenHash = hashInvitationToken(token);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, workspaceId: true, email: true, role: true, workspace: { select: { slug: true } } },
    });
    if (invitation.email && invitation.email !== user.email) {
      throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
    }
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: userId },
    });
    if (count === 0) throw new AppError("GONE", "This invitation has already been used. Ask for a new one.");
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
      select: { id: true },
    });
    if (!existing) {
      const membership = await tx.membership.create({
        data: { workspaceId: invitation.workspaceId, userId, role: invitation.role },
        select: { id: true },
      });
      await recordAudit(tx, {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: "member.joined",
        entityType: "membership",
        entityId: membership.id,
        after: { userId, role: invitation.role, invitationId: invitation.id },
      });
    }
    return { workspaceId: invitation.workspaceId, slug: invitation.workspace.slug };
  });
}
