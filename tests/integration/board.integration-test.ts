import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { approveClaim, callerFor, createArticle, createDesk, createDeskWithClaim } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

describe("the article board", () => {
  it("shows each claim with its holder, verdict and counts, and the counts by status", async () => {
    const d = await createDeskWithClaim(db);
    const second = await d.editorCaller.claim.create({ workspaceId: d.ws, articleId: d.article.id, start: d.article.text.indexOf("Officials"), end: d.article.text.length });
    await approveClaim(db, d.ws, d.claim.id, { reviewer: d.reviewer, approver: d.editor }, { rating: "false", rationale: "The register says 12." });
    const reviewer = await callerFor(db, d.reviewer);
    await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "Register checked." });
    await reviewer.evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url: "https://example.org/register", title: "District register", stance: "REFUTES" });

    const board = await (await callerFor(db, d.viewer)).article.board({ workspaceId: d.ws, articleId: d.article.id });
    expect(board.counts).toEqual({ APPROVED: 1, OPEN: 1 });
    expect(board.claims.map((c) => c.id)).toEqual([d.claim.id, second.id]);
    const [checked, open] = board.claims;
    expect(checked).toMatchObject({
      status: "APPROVED", assignee: { id: d.reviewer.id, name: d.reviewer.name },
      verdict: { rating: "false", authorId: d.reviewer.id, approved: true }, evidenceCount: 1, commentCount: 1, quotedText: d.claim.quotedText,
    });
    expect(open).toMatchObject({ status: "OPEN", assignee: null, verdict: null, evidenceCount: 0, commentCount: 0, version: second.version });
  });

  it("a change by anyone shows on the next read (the cached board is never served after a write)", async () => {
    const d = await createDeskWithClaim(db);
    const viewer = await callerFor(db, d.viewer);
    const input = { workspaceId: d.ws, articleId: d.article.id };
    const before = await viewer.article.board(input);
    expect(before.claims[0]!.assignee).toBeNull();
    expect(await viewer.article.board(input)).toEqual(before);

    await (await callerFor(db, d.reviewer)).claim.take({ workspaceId: d.ws, claimId: d.claim.id });
    const afterTake = await viewer.article.board(input);
    expect(afterTake.seq).toBeGreaterThan(before.seq);
    expect(afterTake.claims[0]).toMatchObject({ status: "IN_PROGRESS", assignee: { id: d.reviewer.id } });

    await (await callerFor(db, d.reviewer)).comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "On it." });
    expect((await viewer.article.board(input)).claims[0]!.commentCount).toBe(1);
  });

  it("is keyed by the workspace's own latest audit position, which the membership check reads", async () => {
    const d = await createDeskWithClaim(db);
    const other = await createDeskWithClaim(db);
    const input = { workspaceId: d.ws, articleId: d.article.id };
    const latest = async () => Number((await db.auditEvent.findFirstOrThrow({ where: { workspaceId: d.ws }, orderBy: { seq: "desc" } })).seq);
    expect((await d.editorCaller.article.board(input)).seq).toBe(await latest());
    // Another desk's changes move only that desk's position: this board stays cached at its own.
    await (await callerFor(db, other.reviewer)).claim.take({ workspaceId: other.ws, claimId: other.claim.id });
    const again = await d.editorCaller.article.board(input);
    expect(again.seq).toBe(await latest());
    await (await callerFor(db, d.reviewer)).claim.take({ workspaceId: d.ws, claimId: d.claim.id });
    const afterTake = await d.editorCaller.article.board(input);
    expect(afterTake.seq).toBe(await latest());
    expect(afterTake.seq).toBeGreaterThan(again.seq);
  });

  it("a deleted comment is not counted", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    const comment = await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "First thought." });
    await reviewer.comment.delete({ workspaceId: d.ws, commentId: comment.id });
    const board = await reviewer.article.board({ workspaceId: d.ws, articleId: d.article.id });
    expect(board.claims[0]!.commentCount).toBe(0);
  });

  it("an article without claims has an empty board; another desk's article is not found, even after it was read", async () => {
    const d = await createDesk(db);
    const empty = await createArticle(db, d.workspace.id, d.editor.id);
    const board = await (await callerFor(db, d.editor)).article.board({ workspaceId: d.workspace.id, articleId: empty.id });
    expect(board).toMatchObject({ claims: [], counts: {} });

    const other = await createDeskWithClaim(db);
    await other.editorCaller.article.board({ workspaceId: other.ws, articleId: other.article.id });
    // The other desk's article id under this desk's workspace: the cache must not answer for it.
    const error = await expectTRPCError((await callerFor(db, d.editor)).article.board({ workspaceId: d.workspace.id, articleId: other.article.id }), "NOT_FOUND");
    expect(error.message).toBe("Article not found.");
  });

  it("a member removed from the desk can no longer read its board", async () => {
    const d = await createDeskWithClaim(db);
    const viewer = await callerFor(db, d.viewer);
    await viewer.article.board({ workspaceId: d.ws, articleId: d.article.id });
    await db.membership.deleteMany({ where: { workspaceId: d.ws, userId: d.viewer.id } });
    await expectTRPCError(viewer.article.board({ workspaceId: d.ws, articleId: d.article.id }), "NOT_FOUND");
  });
});
