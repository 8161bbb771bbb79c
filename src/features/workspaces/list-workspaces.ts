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

/** Resolves a slug for a member; non-members get NOT_FOUND, never the workspace. */
export async function findMyWorkspaceBySlug(db: Db, userId: string, slug: string): Promise<MyWorkspace> {
  const membership = await db.membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  return { ...membership.workspace, role: membership.role };
}
