import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/features/auth/password";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | null = null;

const unique = () => randomUUID().slice(0, 8);

export async function createUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = unique();
  return db.user.create({
    data: { email: overrides.email ?? `user-${id}@example.org`, name: overrides.name ?? `User ${id}`, passwordHash: await passwordHash },
  });
}

export async function createWorkspace(db: Db, options: { name?: string } = {}) {
  const id = unique();
  return db.workspace.create({ data: { name: options.name ?? `Desk ${id}`, slug: `desk-${id}` } });
}

export async function addMember(db: Db, workspaceId: string, role: Role, user?: { id: string }) {
  const member = user ? await db.user.findUniqueOrThrow({ where: { id: user.id } }) : await createUser(db);
  await db.membership.create({ data: { workspaceId, userId: member.id, role } });
  return member;
}

/** A workspace with one member of every role. */
export async function createDesk(db: Db) {
  const workspace = await createWorkspace(db);
  const [admin, editor, reviewer, viewer] = [
    await addMember(db, workspace.id, "ADMIN"),
    await addMember(db, workspace.id, "EDITOR"),
    await addMember(db, workspace.id, "REVIEWER"),
    await addMember(db, workspace.id, "VIEWER"),
  ];
  return { workspace, admin, editor, reviewer, viewer };
}

export async function createArticle(db: Db, workspaceId: string, createdById: string, overrides: { title?: string; text?: string } = {}) {
  return db.article.create({
    data: {
      workspaceId,
      createdById,
      title: overrides.title ?? `Article ${unique()}`,
      text: overrides.text ?? "The ministry said 46 people were killed. Officials expect 1,500 families to return.",
    },
  });
}

/** Calls procedures exactly as the HTTP handler would, as the given user (null: signed out). */
export async function callerFor(db: Db, user: { id: string } | null) {
  return createCaller({ db, userId: user?.id ?? null, ip: "203.0.113.7" });
}
