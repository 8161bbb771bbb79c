import { randomUUID } from "node:crypto";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { createInvitation } from "@/features/workspaces/invitations";
import type { Db } from "@/server/db";
import type { Persona } from "./access-matrix";
import { addMember, callerFor, createDesk, createUser, createWorkspace } from "./factories";
import { ARTICLE_TEXT } from "./fuzz-inputs";

/**
 * The workspace the access matrix calls into, with one member per role, an
 * outsider, and an analysed article. Every allowed call gets an input that
 * succeeds (see access-inputs.ts); the builders below make the fresh objects
 * those inputs name, so that one persona's call never consumes what the
 * next one needs.
 */
export type Person = { id: string; name: string; email: string };

export type World = {
  db: Db;
  ws: string;
  slug: string;
  people: Record<Exclude<Persona, "signedOut">, Person>;
  /** An analysed article (sentences stored), created through article.create. */
  article: { id: string; text: string; sentenceIds: string[] };
  /** An address on the local news server that article.importUrl may fetch. */
  newsUrl: string;
};

export async function createAccessWorld(db: Db, newsUrl: string): Promise<World> {
  const desk = await createDesk(db);
  // An admin elsewhere: rights in one workspace must not carry over to another.
  const outsider = await createUser(db);
  await addMember(db, (await createWorkspace(db)).id, "ADMIN", outsider);
  const admin = await callerFor(db, desk.admin);
  const article = await admin.article.create({ workspaceId: desk.workspace.id, title: "Kunduz: casualties and returns", text: ARTICLE_TEXT });
  const sentences = await db.sentence.findMany({ where: { articleId: article.id }, orderBy: { index: "asc" }, select: { id: true } });
  return {
    db,
    ws: desk.workspace.id,
    slug: desk.workspace.slug,
    people: { nonMember: outsider, viewer: desk.viewer, reviewer: desk.reviewer, editor: desk.editor, admin: desk.admin },
    article: { id: article.id, text: ARTICLE_TEXT, sentenceIds: sentences.map((s) => s.id) },
    newsUrl,
  };
}

export const unique = () => randomUUID().slice(0, 8);

/** [start, end) of the article's n-th sentence (they end with ". "). */
export function sentenceSpan(text: string, n: number): { start: number; end: number } {
  const ends = [...text.matchAll(/\.(\s|$)/g)].map((m) => m.index + 1);
  let start = n === 0 ? 0 : ends[n - 1]!;
  while (/\s/.test(text[start]!)) start++;
  return { start, end: ends[n]! };
}

type ClaimSetup = { articleId?: string; sentence?: number; status?: ClaimStatus; assigneeId?: string; verdictBy?: string; approvedBy?: string };

/**
 * A claim written straight to the database in the state a scenario needs (held
 * by someone, with a verdict, approved, …), including states a caller could
 * not reach themselves, such as a claim still held by a reviewer since demoted
 * to viewer.
 */
export async function makeClaim(w: World, setup: ClaimSetup = {}): Promise<{ id: string; version: number }> {
  const articleId = setup.articleId ?? w.article.id;
  const text = articleId === w.article.id ? w.article.text : (await w.db.article.findUniqueOrThrow({ where: { id: articleId } })).text;
  const span = sentenceSpan(text, setup.sentence ?? 0);
  const quotedText = text.slice(span.start, span.end);
  const verdict = setup.verdictBy
    ? { create: { rating: "false", rationale: "The register lists 41 deaths.", confidence: 80, authorId: setup.verdictBy, approvedById: setup.approvedBy ?? null, approvedAt: setup.approvedBy ? new Date() : null } }
    : undefined;
  return w.db.claim.create({
    data: {
      workspaceId: w.ws, articleId, ...span, quotedText, wording: quotedText.slice(0, 100), createdById: w.people.editor.id,
      status: setup.status ?? "OPEN", assigneeId: setup.assigneeId ?? null, verdict,
    },
    select: { id: true, version: true },
  });
}

/** A fresh article of the workspace (not analysed). */
export async function makeArticle(w: World): Promise<string> {
  const row = await w.db.article.create({ data: { workspaceId: w.ws, createdById: w.people.editor.id, title: `Article ${unique()}`, text: w.article.text } });
  return row.id;
}

/** A fresh analysed article, for procedures that work on its suggested sentences. */
export async function makeAnalysedArticle(w: World): Promise<{ id: string; sentenceIds: string[] }> {
  const admin = await callerFor(w.db, w.people.admin);
  const { id } = await admin.article.create({ workspaceId: w.ws, title: `Article ${unique()}`, text: w.article.text });
  const sentences = await w.db.sentence.findMany({ where: { articleId: id }, orderBy: { index: "asc" }, select: { id: true } });
  return { id, sentenceIds: sentences.map((s) => s.id) };
}

/** An article whose summary can be published: one approved claim on it. */
export async function makePublishableArticle(w: World): Promise<string> {
  const articleId = await makeArticle(w);
  await makeClaim(w, { articleId, status: "APPROVED", assigneeId: w.people.reviewer.id, verdictBy: w.people.reviewer.id, approvedBy: w.people.admin.id });
  return articleId;
}

export async function makeComment(w: World, authorId: string): Promise<string> {
  const claim = await makeClaim(w);
  return (await w.db.comment.create({ data: { claimId: claim.id, authorId, body: "Checking the ministry's figure." }, select: { id: true } })).id;
}

export async function makeEvidence(w: World, addedById: string): Promise<string> {
  const claim = await makeClaim(w);
  const url = `https://example.org/source-${unique()}`;
  const row = await w.db.evidence.create({ data: { claimId: claim.id, url, normalizedUrl: url, title: "Source", stance: "SUPPORTS", addedById }, select: { id: true } });
  return row.id;
}

/** An open link invitation (anyone holding the token may accept it once). */
export async function makeInvitation(w: World): Promise<{ id: string; token: string }> {
  return createInvitation(w.db, { workspaceId: w.ws, actorId: w.people.admin.id }, { role: "REVIEWER", expiresInDays: 7 });
}

/** One more member, for the procedures that change or remove someone. */
export async function makeMember(w: World, role: "ADMIN" | "REVIEWER" = "REVIEWER"): Promise<string> {
  const user = await addMember(w.db, w.ws, role);
  return (await w.db.membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: w.ws, userId: user.id } } })).id;
}

/** Whether every persona is still in the workspace with the role it started with. */
export async function isIntact(w: World): Promise<boolean> {
  const rows = await w.db.membership.findMany({ where: { workspaceId: w.ws }, select: { userId: true, role: true } });
  const roleOf = new Map(rows.map((r) => [r.userId, r.role]));
  const { viewer, reviewer, editor, admin, nonMember } = w.people;
  return roleOf.get(viewer.id) === "VIEWER" && roleOf.get(reviewer.id) === "REVIEWER" && roleOf.get(editor.id) === "EDITOR" && roleOf.get(admin.id) === "ADMIN" && !roleOf.has(nonMember.id);
}
