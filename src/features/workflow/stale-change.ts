import { AppError } from "@/lib/app-error";
import type { DbTx } from "@/server/db";

/**
 * A change based on an old version is refused, naming who made the newer one
 * and when (from the audit trail), so the person looks at it instead of
 * silently overwriting it.
 */
export async function staleChangeError(tx: DbTx, claimId: string, what: "claim" | "verdict"): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where: { claimId },
    orderBy: { seq: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "someone";
  const when = last ? ` at ${last.createdAt.toISOString().slice(11, 16)} UTC` : "";
  return new AppError("CONFLICT", `This ${what} was changed by ${who}${when}. Your change was not saved; the newer version is shown now.`);
}
