import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { addMember, callerFor, createDeskWithClaim } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

describe("taking a claim", () => {
  it("20 reviewers taking one claim at the same moment: exactly one gets it, the others are told who has it", async () => {
    const desk = await createDeskWithClaim(db);
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => addMember(db, desk.ws, "REVIEWER")));
    const callers = await Promise.all(reviewers.map((r) => callerFor(db, r)));
    const results = await Promise.allSettled(callers.map((c) => c.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id }, include: { assignee: true } });
    expect(claim.status).toBe("IN_PROGRESS");
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason.code).toBe("CONFLICT");
      expect((r as PromiseRejectedResult).reason.message).toBe(`Already taken by ${claim.assignee!.name}.`);
    }
    // One take, one version bump, one audit record: the losers wrote nothing.
    expect(claim.version).toBe(desk.claim.version + 1);
    expect(await db.auditEvent.count({ where: { claimId: desk.claim.id, action: "claim.taken" } })).toBe(1);
  });

  it("release returns the claim to open; taking twice says you already have it", async () => {
    const desk = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, desk.reviewer);
    const taken = await reviewer.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id });
    expect(taken.assignee?.id).toBe(desk.reviewer.id);
    const again = await expectTRPCError(reviewer.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id }), "CONFLICT");
    expect(again.message).toMatch(/already working on this claim/);
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id } });
    const released = await reviewer.claim.release({ workspaceId: desk.ws, claimId: desk.claim.id, version });
    expect(released).toMatchObject({ status: "OPEN", assignee: null });
  });

  it("another reviewer cannot release someone else's claim; an editor can", async () => {
    const desk = await createDeskWithClaim(db);
    await (await callerFor(db, desk.reviewer)).claim.take({ workspaceId: desk.ws, claimId: desk.claim.id });
    const other = await callerFor(db, await addMember(db, desk.ws, "REVIEWER"));
    const { version } = await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id } });
    const refused = await expectTRPCError(other.claim.release({ workspaceId: desk.ws, claimId: desk.claim.id, version }), "FORBIDDEN");
    expect(refused.message).toMatch(/Only the person working on this claim, or an editor/);
    await desk.editorCaller.claim.release({ workspaceId: desk.ws, claimId: desk.claim.id, version });
  });
});

describe("assigning", () => {
  it("an editor assigns to a reviewer, who is notified; reassigning moves it", async () => {
    const desk = await createDeskWithClaim(db);
    let { version } = desk.claim;
    const assigned = await desk.editorCaller.claim.assign({ workspaceId: desk.ws, claimId: desk.claim.id, version, assigneeId: desk.reviewer.id });
    expect(assigned).toMatchObject({ status: "IN_PROGRESS", assignee: { id: desk.reviewer.id } });
    const inbox = await (await callerFor(db, desk.reviewer)).notification.list({});
    expect(inbox.items[0]).toMatchObject({ kind: "ASSIGNED", claimId: desk.claim.id, actor: { name: desk.editor.name } });
    expect(await (await callerFor(db, desk.reviewer)).notification.unreadCount()).toBe(1);
    version += 1;
    await desk.editorCaller.claim.assign({ workspaceId: desk.ws, claimId: desk.claim.id, version, assigneeId: desk.admin.id });
    expect((await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id } })).assigneeId).toBe(desk.admin.id);
  });

  it("refuses a viewer or a non-member as assignee, and a stale version, changing nothing", async () => {
    const desk = await createDeskWithClaim(db);
    const { version } = desk.claim;
    const toViewer = await expectTRPCError(desk.editorCaller.claim.assign({ workspaceId: desk.ws, claimId: desk.claim.id, version, assigneeId: desk.viewer.id }), "BAD_REQUEST");
    expect(toViewer.message).toMatch(/not to viewers/);
    const outsider = await db.user.create({ data: { email: `x-${Date.now()}@example.org`, name: "Outsider" } });
    const toOutsider = await expectTRPCError(desk.editorCaller.claim.assign({ workspaceId: desk.ws, claimId: desk.claim.id, version, assigneeId: outsider.id }), "BAD_REQUEST");
    expect(toOutsider.message).toMatch(/not a member/);
    await (await callerFor(db, desk.reviewer)).claim.take({ workspaceId: desk.ws, claimId: desk.claim.id });
    const stale = await expectTRPCError(desk.editorCaller.claim.assign({ workspaceId: desk.ws, claimId: desk.claim.id, version, assigneeId: desk.admin.id }), "CONFLICT");
    expect(stale.message).toMatch(new RegExp(`changed by ${desk.reviewer.name} at \\d\\d:\\d\\d UTC`));
    expect((await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id } })).assigneeId).toBe(desk.reviewer.id);
  });

  it("a viewer can read a claim but is refused every change", async () => {
    const desk = await createDeskWithClaim(db);
    const viewer = await callerFor(db, desk.viewer);
    const detail = await viewer.claim.detail({ workspaceId: desk.ws, claimId: desk.claim.id });
    expect(detail.wording).toBe(desk.claim.wording);
    await expectTRPCError(viewer.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id }), "FORBIDDEN");
    await expectTRPCError(viewer.comment.add({ workspaceId: desk.ws, claimId: desk.claim.id, body: "hi" }), "FORBIDDEN");
    expect(await db.claim.findUniqueOrThrow({ where: { id: desk.claim.id } })).toMatchObject({ status: "OPEN", version: desk.claim.version });
  });

  it("dismiss and reopen are for editors", async () => {
    const desk = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, desk.reviewer);
    await expectTRPCError(reviewer.claim.dismiss({ workspaceId: desk.ws, claimId: desk.claim.id, version: desk.claim.version }), "FORBIDDEN");
    const dismissed = await desk.editorCaller.claim.dismiss({ workspaceId: desk.ws, claimId: desk.claim.id, version: desk.claim.version });
    expect(dismissed.status).toBe("DISMISSED");
    const take = await expectTRPCError(reviewer.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id }), "PRECONDITION_FAILED");
    expect(take.message).toMatch(/dismissed/);
    const reopened = await desk.editorCaller.claim.reopen({ workspaceId: desk.ws, claimId: desk.claim.id, version: desk.claim.version + 1 });
    expect(reopened.status).toBe("OPEN");
  });
});
