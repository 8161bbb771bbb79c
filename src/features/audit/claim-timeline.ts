import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";

/** Everything that happened to a claim, oldest first: status changes, assignments, verdicts, evidence, comments. */
export async function getClaimTimeline(db: Db, workspaceId: string, claimId: string) {
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
  const events = await db.auditEvent.findMany({
    where: { workspaceId, claimId },
    orderBy: { seq: "asc" },
    take: 500,
    select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
  return events;
}

export type TimelineEvent = Awaited<ReturnType<typeof getClaimTimeline>>[number];
