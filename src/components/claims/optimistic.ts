import type { ClaimStatus } from "@/generated/prisma/enums";

/** Who holds a claim and in which state, as a take or a release leaves it. */
export type HolderChange = { status: ClaimStatus; assignee: { id: string; name: string } | null };

/**
 * The claim as the server will show it once the change lands: applied to the
 * cached panel and board at once, so the person sees their take without
 * waiting for a slow connection, and rolled back if the server refuses.
 * Pure: these only copy and patch the cached values.
 */
export function applyToDetail<T extends { status: ClaimStatus; assignee: HolderChange["assignee"] }>(detail: T, change: HolderChange): T {
  return { ...detail, status: change.status, assignee: change.assignee };
}

type BoardLike<C> = { claims: C[]; counts: Partial<Record<ClaimStatus, number>> };

/** Patches one claim of the board and keeps the counts by status in step with it. */
export function applyToBoard<C extends { id: string; status: ClaimStatus; assignee: HolderChange["assignee"] }, B extends BoardLike<C>>(board: B, claimId: string, change: HolderChange): B {
  const claims = board.claims.map((c) => (c.id === claimId ? { ...c, status: change.status, assignee: change.assignee } : c));
  const counts: Partial<Record<ClaimStatus, number>> = {};
  for (const c of claims) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return { ...board, claims, counts };
}

/** A comment shown while it is on its way; its id can never collide with a stored one. */
export function pendingComment(body: string, author: { id: string; name: string }, parentId: string | null, now: Date) {
  return { id: `pending-${now.getTime()}`, parentId, body, editedAt: null, deletedAt: null, createdAt: now, author, pending: true as const };
}
