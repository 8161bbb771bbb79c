import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";

export type AuditInput = {
  workspaceId: string;
  actorId: string | null;
  /** Verb in the past tense, dotted by entity: "member.role_changed", "claim.taken". */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Must be called with the transaction that makes the change, so the record and the change commit together. */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}
