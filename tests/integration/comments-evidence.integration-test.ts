import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim, createUser } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const mention = (user: { id: string; name: string }) => `@[${user.name}](user:${user.id})`;

describe("comments", () => {
  it("threads replies, notifies mentioned members, and records edits with the text before and after", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    const root = await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: `Can you check the **ministry** figure, ${mention(d.editor)}?` });
    const reply = await d.editorCaller.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "On it.", parentId: root.id });
    const replyToReply = await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "Thanks", parentId: reply.id });
    const detail = await reviewer.claim.detail({ workspaceId: d.ws, claimId: d.claim.id });
    expect(detail.comments.map((c) => [c.id, c.parentId])).toEqual([[root.id, null], [reply.id, root.id], [replyToReply.id, root.id]]);
    const note = await db.notification.findFirstOrThrow({ where: { userId: d.editor.id, kind: "MENTIONED" } });
    expect(note.payload).toMatchObject({ preview: `Can you check the ministry figure, @${d.editor.name}?` });

    await reviewer.comment.edit({ workspaceId: d.ws, commentId: root.id, body: "Check the ministry figure." });
    const edited = await db.comment.findUniqueOrThrow({ where: { id: root.id } });
    expect(edited.editedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: root.id, action: "comment.edited" } });
    expect(audit.before).toMatchObject({ body: expect.stringContaining("**ministry**") });
    expect(audit.after).toEqual({ body: "Check the ministry figure." });
  });

  it("only the author edits or deletes a comment; a deleted one keeps its replies but not its text", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    const root = await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "First thought" });
    await d.editorCaller.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "Reply", parentId: root.id });
    await expectTRPCError(d.editorCaller.comment.edit({ workspaceId: d.ws, commentId: root.id, body: "hijack" }), "FORBIDDEN");
    await expectTRPCError(d.editorCaller.comment.delete({ workspaceId: d.ws, commentId: root.id }), "FORBIDDEN");
    await reviewer.comment.delete({ workspaceId: d.ws, commentId: root.id });
    const detail = await reviewer.claim.detail({ workspaceId: d.ws, claimId: d.claim.id });
    expect(detail.comments).toHaveLength(2);
    expect(detail.comments[0]).toMatchObject({ id: root.id, body: "" });
    expect(detail.comments[0]!.deletedAt).not.toBeNull();
    expect(detail._count.comments).toBe(1);
  });

  it("refuses a comment over the size limit and a mention of a non-member, saving nothing", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    const long = await expectTRPCError(reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "x".repeat(5001) }), "BAD_REQUEST");
    expect(long.message).toMatch(/limited to 5,000 characters/);
    const outsider = await createUser(db, { name: "Outside Person" });
    const stranger = await expectTRPCError(reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: `ping ${mention(outsider)}` }), "BAD_REQUEST");
    expect(stranger.message).toBe("Outside Person is not a member of this workspace, so they cannot be mentioned.");
    expect(await db.comment.count({ where: { claimId: d.claim.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: outsider.id } })).toBe(0);
  });
});

const SOURCE = { title: "Ministry report", quote: "23 people died", stance: "REFUTES" as const, sourceType: "OFFICIAL_DOCUMENT" as const };

describe("evidence", () => {
  it("stores the link normalised and refuses the same link again, naming who added it", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    await reviewer.evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url: "https://www.Example.org/report?utm_source=tw&id=7#p3", ...SOURCE });
    const again = await expectTRPCError(d.editorCaller.evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url: "http://example.org/report?id=7", ...SOURCE }), "BAD_REQUEST");
    expect(again.message).toBe(`This link is already evidence on this claim (added by ${d.reviewer.name}).`);
    const detail = await reviewer.claim.detail({ workspaceId: d.ws, claimId: d.claim.id });
    expect(detail.evidence).toHaveLength(1);
    expect(detail.evidence[0]).toMatchObject({ title: "Ministry report", stance: "REFUTES", sourceType: "OFFICIAL_DOCUMENT" });
  });

  it.each([
    ["javascript:alert(document.cookie)", /javascript:/],
    ["data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", /data:/],
    ["  JaVaScRiPt:alert(1)", /javascript:/i],
  ])("refuses %s with a clear message, saving nothing", async (url, message) => {
    const d = await createDeskWithClaim(db);
    const refused = await expectTRPCError((await callerFor(db, d.reviewer)).evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url, ...SOURCE }), "BAD_REQUEST");
    expect(refused.message).toMatch(message);
    expect(refused.message).toMatch(/http:\/\/ or https:\/\//);
    expect(await db.evidence.count({ where: { claimId: d.claim.id } })).toBe(0);
  });

  it("a reviewer removes their own evidence but not another's; an editor removes any; removals are audited", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    const mine = await reviewer.evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url: "https://example.org/a", ...SOURCE });
    const editors = await d.editorCaller.evidence.add({ workspaceId: d.ws, claimId: d.claim.id, url: "https://example.org/b", ...SOURCE });
    await expectTRPCError(reviewer.evidence.remove({ workspaceId: d.ws, evidenceId: editors.id }), "FORBIDDEN");
    await reviewer.evidence.remove({ workspaceId: d.ws, evidenceId: mine.id });
    await d.editorCaller.evidence.remove({ workspaceId: d.ws, evidenceId: editors.id });
    expect(await db.evidence.count({ where: { claimId: d.claim.id } })).toBe(0);
    const removed = await db.auditEvent.findMany({ where: { claimId: d.claim.id, action: "evidence.removed" }, orderBy: { seq: "asc" } });
    expect(removed.map((e) => (e.before as { url: string }).url)).toEqual(["https://example.org/a", "https://example.org/b"]);
  });
});
