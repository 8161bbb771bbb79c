import type { Db } from "@/server/db";

export type MembershipInfo = { id: string; role: import("@/generated/prisma/enums").Role; userId: string; workspaceId: string };

/** Reads the caller's membership from the database; used by every workspace-scoped procedure. */
export async function findMembershipForUser(db: Db, workspaceId: string, userId: string): Promise<MembershipInfo | null> {
  return db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { id: true, role: true, userId: true, workspaceId: true },
  });
}
