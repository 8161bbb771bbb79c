import { randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/record-audit";
import type { Db } from "@/server/db";
import type { TCreateWorkspace } from "./schemas";
import { slugify } from "./slug";

export type WorkspaceSummary = { id: string; name: string; slug: string };

/** Creates a workspace with the creator as its first admin. */
export async function createWorkspace(db: Db, userId: string, input: TCreateWorkspace): Promise<WorkspaceSummary> {
  const base = slugify(input.name);
  return db.$transaction(async (tx) => {
    const taken = await tx.workspace.findUnique({ where: { slug: base }, select: { id: true } });
    const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
    const workspace = await tx.workspace.create({
      data: { name: input.name, slug, memberships: { create: { userId, role: "ADMIN" } } },
      select: { id: true, name: true, slug: true },
    });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: userId,
      action: "workspace.created",
      entityType: "workspace",
      entityId: workspace.id,
      after: { name: workspace.name, slug: workspace.slug },
    });
    return workspace;
  });
}
