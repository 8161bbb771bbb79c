import type { Role } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";

export type MembershipInfo = { id: string; role: Role; userId: string; workspaceId: string };

/** Reads the caller's membership from the database (the live feed re-checks it with this). */
export async function findMembershipForUser(db: Db, workspaceId: string, userId: string): Promise<MembershipInfo | null> {
  return db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true, role: true, userId: true, workspaceId: true },
  });
}

/** A membership and the workspace's latest audit position, read in the same statement. */
export type MembershipAtPosition = { membership: MembershipInfo; workspaceSeq: number };

/**
 * What every workspace-scoped call reads first: the caller's membership, and
 * the workspace's latest audit position (every change writes one, in commit
 * order). One round trip, not two: the board read, the most frequent call,
 * validates its cache against that position (see get-article-board.ts), and the
 * position costs one backward step on the (workspaceId, seq) index.
 */
export async function findMembershipAtPosition(db: Db, workspaceId: string, userId: string): Promise<MembershipAtPosition | null> {
  const rows = await db.$queryRaw<(MembershipInfo & { workspaceSeq: bigint | null })[]>`
    SELECT m.id, m.role::text AS role, m."userId", m."workspaceId",
           (SELECT a.seq FROM "AuditEvent" a WHERE a."workspaceId" = m."workspaceId" ORDER BY a.seq DESC LIMIT 1) AS "workspaceSeq"
    FROM "Membership" m
    WHERE m."workspaceId" = ${workspaceId} AND m."userId" = ${userId}`;
  const row = rows[0];
  if (!row) return null;
  const { workspaceSeq, ...membership } = row;
  return { membership, workspaceSeq: Number(workspaceSeq ?? 0) };
}
