import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/features/auth/password";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db";
import { type EventBus, InProcessEventBus } from "@/server/realtime/event-bus";

/** The bus test callers publish to, unless a test brings its own (e.g. two PostgreSQL buses). */
export const testBus: EventBus = new InProcessEventBus();

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
export async function callerFor(db: Db, user: { id: string } | null, bus: EventBus = testBus) {
  return createCaller({ db, userId: user?.id ?? null, ip: "203.0.113.7", bus });
}

/** A desk with an article and one OPEN claim on it, made through the editor's procedures. */
export async function createDeskWithClaim(db: Db) {
  const desk = await createDesk(db);
  const ws = desk.workspace.id;
  const article = await createArticle(db, ws, desk.editor.id);
  const editor = await callerFor(db, desk.editor);
  const text = article.text;
  const claim = await editor.claim.create({ workspaceId: ws, articleId: article.id, start: 0, end: text.indexOf(".") + 1 });
  return { ...desk, ws, article, claim, editorCaller: editor };
}

/** Takes `claimId` as `reviewer`, proposes `verdict`, and has `approver` approve it; returns the claim's final state. */
export async function approveClaim(
  db: Db,
  ws: string,
  claimId: string,
  people: { reviewer: { id: string }; approver: { id: string } },
  verdict: { rating: string; rationale: string; confidence?: number },
) {
  const reviewer = await callerFor(db, people.reviewer);
  await reviewer.claim.take({ workspaceId: ws, claimId });
  const { version } = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  await reviewer.verdict.propose({ workspaceId: ws, claimId, claimVersion: version, confidence: 85, ...verdict });
  const v = await db.verdict.findUniqueOrThrow({ where: { claimId } });
  await (await callerFor(db, people.approver)).verdict.approve({ workspaceId: ws, claimId, verdictVersion: v.version });
  return db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
}
