import type { Role } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import { AppError } from "@/lib/app-error";

export type MyWorkspace = { id: string; name: string; slug: string; role: Role };

export async function listMyWorkspaces(db: Db, userId: string): Promise<MyWorkspace[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role }));
}

/** The workspace's rules the pages need, besides who the member is: the two-person rule and the rating scale. */
export type MyWorkspaceWithRules = MyWorkspace & { userId: string; twoPersonRule: boolean; ratingScale: unknown };

/** Resolves a slug for a member; non-members get NOT_FOUND, never the workspace. */
export async function findMyWorkspaceBySlug(db: Db, userId: string, slug: string): Promise<MyWorkspaceWithRules> {
  const membership = await db.membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true, twoPersonRule: true, ratingScale: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  return { ...membership.workspace, role: membership.role, userId };
}
