import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/generated/prisma/enums";
import type { DbTx } from "@/server/db";

export type NotifyInput = {
  workspaceId: string;
  actorId: string;
  kind: NotificationKind;
  recipientIds: readonly (string | null | undefined)[];
  articleId?: string;
  claimId?: string;
  /** What the inbox shows without another query: the claim's wording, a reason, a comment preview. */
  payload: Record<string, string>;
};

/**
 * Creates inbox entries in the caller's transaction, so a notification exists
 * exactly when the change it announces does. Nobody is notified of their own
 * action, and nobody twice for one change.
 */
export async function notify(tx: DbTx, input: NotifyInput): Promise<number> {
  const recipients = [...new Set(input.recipientIds.filter((id): id is string => !!id && id !== input.actorId))];
  if (recipients.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      workspaceId: input.workspaceId,
      kind: input.kind,
      actorId: input.actorId,
      articleId: input.articleId ?? null,
      claimId: input.claimId ?? null,
      payload: input.payload as Prisma.InputJsonValue,
    })),
  });
  return count;
}

/** Editors and admins of a workspace: who is asked to review a proposed verdict. */
export async function reviewersOf(tx: DbTx, workspaceId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { workspaceId, role: { in: ["EDITOR", "ADMIN"] } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
