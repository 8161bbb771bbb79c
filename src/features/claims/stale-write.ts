import { AppError } from "@/lib/app-error";
import type { DbTx } from "@/server/db";

/**
 * A write based on an old version is refused, naming who made the newer change
 * and when (from the audit trail), so the person looks at the newer state
 * instead of silently overwriting it. Used for every versioned write: claim
 * edits, workflow steps and verdicts.
 */
export async function staleChangeError(tx: DbTx, claimId: string, what: "claim" | "verdict" = "claim"): Promise<AppError> {
  const exists = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!exists) return new AppError("NOT_FOUND", "This claim no longer exists (it may have been merged into another).");
  const last = await tx.auditEvent.findFirst({
    // Rows written before the claimId column existed carry the claim only as entityId.
    where: { OR: [{ claimId }, { entityType: "claim", entityId: claimId }] },
    orderBy: { seq: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "someone";
  const when = last ? ` at ${last.createdAt.toISOString().slice(11, 16)} UTC` : "";
  return new AppError("CONFLICT", `This ${what} was changed by ${who}${when}. Your change was not saved; the newer version is shown now.`);
}
