import { describe, expect, it } from "vitest";
import { getPublicSummary, listPublicSummaries } from "@/features/publishing/read-public";
import { openTestDatabase } from "../helpers/db";
import { approveClaim, callerFor, createArticle, createDesk } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const TEXT = "The ministry said 46 people were killed. Officials expect 1,500 families to return. A third claim is pending.";

/** A desk with an article of three claims: one approved, one with an unapproved draft verdict, one with a draft comment. */
async function checkedArticle() {
  const desk = await createDesk(db);
  const ws = desk.workspace.id;
  const article = await createArticle(db, ws, desk.editor.id, { text: TEXT, title: `Kunduz ${Date.now()}` });
  const editor = await callerFor(db, desk.editor);
  const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const approved = await editor.claim.create({ workspaceId: ws, articleId: article.id, ...span("The ministry said 46 people were killed."), wording: "46 killed" });
  const draft = await editor.claim.create({ workspaceId: ws, articleId: article.id, ...span("Officials expect 1,500 families to return."), wording: "1,500 families to return" });
  const pending = await editor.claim.create({ workspaceId: ws, articleId: article.id, ...span("A third claim is pending."), wording: "Third claim" });
  await approveClaim(db, ws, approved.id, { reviewer: desk.reviewer, approver: desk.editor }, { rating: "mostly-true", rationale: "AP and Reuters report 46." });
  const reviewer = await callerFor(db, desk.reviewer);
  await reviewer.claim.take({ workspaceId: ws, claimId: draft.id });
  await reviewer.verdict.propose({ workspaceId: ws, claimId: draft.id, claimVersion: draft.version + 1, rating: "false", rationale: "SECRET-DRAFT-RATIONALE not yet approved", confidence: 50 });
  await reviewer.comment.add({ workspaceId: ws, claimId: pending.id, body: "SECRET-INTERNAL-COMMENT do not publish" });
  return { ...desk, ws, article, editorCaller: editor, reviewerCaller: reviewer, claims: { approved, draft, pending } };
}

describe("publishing a summary", () => {
  it("freezes only approved verdicts; drafts, comments and e-mails never enter the public snapshot", async () => {
    const d = await checkedArticle();
    const { slug, version } = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    expect(version).toBe(1);
    const summary = await getPublicSummary(db, slug);
    expect(summary?.status).toBe("published");
    const snapshot = summary!.status === "published" ? summary!.snapshot : null;
    expect(snapshot!.claims.map((c) => [c.wording, c.rating?.label ?? null])).toEqual([["46 killed", "Mostly true"], ["1,500 families to return", null], ["Third claim", null]]);
    const json = JSON.stringify(snapshot);
    for (const secret of ["SECRET-DRAFT-RATIONALE", "SECRET-INTERNAL-COMMENT", d.reviewer.email, d.editor.email]) expect(json).not.toContain(secret);
    expect((await db.claim.findUniqueOrThrow({ where: { id: d.claims.approved.id } })).status).toBe("PUBLISHED");
    expect((await db.claim.findUniqueOrThrow({ where: { id: d.claims.draft.id } })).status).toBe("NEEDS_REVIEW");
  });

  it("leaves unverified claims out when the editor chooses so", async () => {
    const d = await checkedArticle();
    const { slug } = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: false, corrections: [] });
    const summary = await getPublicSummary(db, slug);
    expect(summary!.status === "published" && summary!.snapshot.claims.map((c) => c.wording)).toEqual(["46 killed"]);
  });

  it("a changed published verdict needs a correction note, which is then listed with its date", async () => {
    const d = await checkedArticle();
    const first = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    const claimId = d.claims.approved.id;
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId } });
    await (await callerFor(db, d.admin)).verdict.edit({ workspaceId: d.ws, claimId, verdictVersion: verdict.version, rating: "true", rationale: "Final toll confirmed at 46.", confidence: 85 });
    // Until the edit is approved, re-publishing keeps the last approved public verdict.
    const unchanged = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    const mid = await getPublicSummary(db, first.slug);
    expect(mid!.status === "published" && mid!.snapshot.claims[0]!.rating?.label).toBe("Mostly true");
    expect(unchanged.version).toBe(2);
    const edited = await db.verdict.findUniqueOrThrow({ where: { claimId } });
    await d.editorCaller.verdict.approve({ workspaceId: d.ws, claimId, verdictVersion: edited.version });
    const status = await d.editorCaller.publication.status({ workspaceId: d.ws, articleId: d.article.id });
    expect(status.changed).toEqual([{ claimId, wording: "46 killed", before: "Mostly true", after: "True" }]);
    const refused = await expectTRPCError(d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] }), "BAD_REQUEST");
    expect(refused.message).toMatch(/write a correction note for “46 killed”/);
    const third = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [{ claimId, note: "The final toll was confirmed; rating raised." }] });
    expect(third).toEqual({ slug: first.slug, version: 3 });
    const summary = await getPublicSummary(db, first.slug);
    const snapshot = summary!.status === "published" ? summary!.snapshot : null;
    expect(snapshot!.claims[0]!.rating?.label).toBe("True");
    expect(snapshot!.corrections).toEqual([expect.objectContaining({ version: 3, anchor: claimId, note: "The final toll was confirmed; rating raised.", before: "Mostly true", after: "True" })]);
  });

  it("unpublishing (admin only) makes the address gone; only an admin may publish it again", async () => {
    const d = await checkedArticle();
    const { slug } = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    await expectTRPCError(d.editorCaller.publication.unpublish({ workspaceId: d.ws, articleId: d.article.id }), "FORBIDDEN");
    const admin = await callerFor(db, d.admin);
    await admin.publication.unpublish({ workspaceId: d.ws, articleId: d.article.id });
    expect((await getPublicSummary(db, slug))?.status).toBe("gone");
    expect((await listPublicSummaries(db)).map((s) => s.slug)).not.toContain(slug);
    await expectTRPCError(d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] }), "FORBIDDEN");
    await admin.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    expect((await getPublicSummary(db, slug))?.status).toBe("published");
  });

  it("refuses to publish with no approved verdict, and reviewers cannot publish", async () => {
    const desk = await createDesk(db);
    const article = await createArticle(db, desk.workspace.id, desk.editor.id);
    const editor = await callerFor(db, desk.editor);
    const refused = await expectTRPCError(editor.publication.publish({ workspaceId: desk.workspace.id, articleId: article.id, includeUnverified: true, corrections: [] }), "PRECONDITION_FAILED");
    expect(refused.message).toMatch(/no approved verdict/);
    await expectTRPCError((await callerFor(db, desk.reviewer)).publication.publish({ workspaceId: desk.workspace.id, articleId: article.id, includeUnverified: true, corrections: [] }), "FORBIDDEN");
    expect(await db.publication.count({ where: { articleId: article.id } })).toBe(0);
  });
});
