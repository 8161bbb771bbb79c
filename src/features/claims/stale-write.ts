import { AppError } from "@/lib/app-error";
import type { DbTx } from "@/server/db";

/**
 * A write based on an old version is refused, naming who changed the claim and
 * when (from the audit trail), so the person can look at the newer state
 * instead of silently overwriting it.
 */
export async function staleClaimError(tx: DbTx, claimId: string): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: "claim", entityId: claimId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (!last) return new AppError("NOT_FOUND", "This claim no longer exists.");
  const when = last.createdAt.toISOString().slice(11, 16);
  return new AppError("CONFLICT", `This claim was changed by ${last.actor?.name ?? "someone"} at ${when} UTC. Your change was not saved; reload to see the newer version.`);
}
