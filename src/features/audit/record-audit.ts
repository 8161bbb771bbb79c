import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";

export type AuditInput = {
  workspaceId: string;
  actorId: string | null;
  /** Verb in the past tense, dotted by entity: "member.role_changed", "claim.taken". */
  action: string;
  entityType: string;
  entityId: string;
  /** The article and claim the change belongs to, when it does: the timeline and live feed read by these. */
  articleId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Must be called with the transaction that makes the change, so the record and
 * the change commit together; call it last in the transaction.
 *
 * The audit trail doubles as the live feed: subscribers read events with `seq`
 * above the last one they saw. A sequence alone does not give commit order (a
 * transaction can take seq 10 and commit after the one that took 11, and a
 * reader at 11 would skip 10 forever), so writers in one workspace take a
 * transaction-scoped advisory lock first: seq order is then commit order
 * within the workspace. The lock is held from here to commit, which is why
 * this is the last statement of a change, and why the lock and the insert are
 * one statement: every round trip made while holding it is time every other
 * writer in the workspace waits (the materialized CTE runs first, so `seq` is
 * drawn only once the lock is held).
 */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  const json = (value: Prisma.InputJsonValue | null | undefined) => (value === null || value === undefined ? null : JSON.stringify(value));
  await tx.$executeRaw`
    WITH workspace_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext(${`audit:${input.workspaceId}`})))
    INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", action, "entityType", "entityId", "articleId", "claimId", before, after)
    SELECT gen_random_uuid()::text, ${input.workspaceId}, ${input.actorId}, ${input.action}, ${input.entityType}, ${input.entityId},
           ${input.articleId ?? null}, ${input.claimId ?? null}, ${json(input.before)}::jsonb, ${json(input.after)}::jsonb
    FROM workspace_lock`;
}
