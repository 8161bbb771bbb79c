import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

/** A claim the desk's reviewer has taken, with the callers of each member. */
async function takenClaim() {
  const desk = await createDeskWithClaim(db);
  const reviewer = await callerFor(db, desk.reviewer);
  await reviewer.claim.take({ workspaceId: desk.ws, claimId: desk.claim.id });
  const admin = await callerFor(db, desk.admin);
  const current = () => db.claim.findUniqueOrThrow({ where: { id: desk.claim.id }, include: { verdict: true } });
  return { ...desk, reviewerCaller: reviewer, adminCaller: admin, current };
}

const VERDICT = { rating: "false", rationale: "The ministry's own report gives 23, not 46.", confidence: 85 };

describe("proposing and reviewing a verdict", () => {
  it("propose → approve by a second person; the author cannot approve their own", async () => {
    const d = await takenClaim();
    const proposed = await d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: (await d.current()).version, ...VERDICT });
    expect(proposed.status).toBe("NEEDS_REVIEW");
    const { verdict } = await d.current();
    expect(verdict).toMatchObject({ ...VERDICT, authorId: d.reviewer.id, approvedById: null });
    const own = await expectTRPCError(d.reviewerCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: verdict!.version }), "FORBIDDEN");
    expect(own.message).toMatch(/a second person must approve it/);
    expect((await d.current()).status).toBe("NEEDS_REVIEW");
    // Editors and admins were asked to review; the author was not.
    const asked = await db.notification.findMany({ where: { claimId: d.claim.id, kind: "REVIEW_REQUESTED" }, select: { userId: true } });
    expect(asked.map((n) => n.userId).sort()).toEqual([d.admin.id, d.editor.id].sort());
    const approved = await d.editorCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: verdict!.version });
    expect(approved.status).toBe("APPROVED");
    expect((await d.current()).verdict).toMatchObject({ approvedById: d.editor.id });
    expect(await db.notification.count({ where: { userId: d.reviewer.id, kind: "VERDICT_APPROVED" } })).toBe(1);
  });

  it("send back needs a reason and returns the claim to its author, who is told why", async () => {
    const d = await takenClaim();
    await d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: (await d.current()).version, ...VERDICT });
    const verdictVersion = (await d.current()).verdict!.version;
    const noReason = await expectTRPCError(d.editorCaller.verdict.sendBack({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion, reason: "  " }), "BAD_REQUEST");
    expect(noReason.message).toMatch(/Say why/);
    await d.editorCaller.verdict.sendBack({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion, reason: "Cite the report's page." });
    const after = await d.current();
    expect(after).toMatchObject({ status: "IN_PROGRESS", assigneeId: d.reviewer.id, verdict: { reviewNote: "Cite the report's page." } });
    const note = await db.notification.findFirstOrThrow({ where: { userId: d.reviewer.id, kind: "VERDICT_SENT_BACK" } });
    expect(note.payload).toMatchObject({ reason: "Cite the report's page." });
  });

  it("two edits from the same verdict version: one is saved, the other gets the conflict naming who changed it", async () => {
    const d = await takenClaim();
    await d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: (await d.current()).version, ...VERDICT });
    const verdictVersion = (await d.current()).verdict!.version;
    const results = await Promise.allSettled([
      d.reviewerCaller.verdict.edit({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion, ...VERDICT, rationale: "Edit by the reviewer." }),
      d.editorCaller.verdict.edit({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion, ...VERDICT, rationale: "Edit by the editor." }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason.code).toBe("CONFLICT");
    const saved = (await d.current()).verdict!;
    const winner = saved.rationale === "Edit by the reviewer." ? d.reviewer : d.editor;
    expect(refused[0]!.reason.message).toMatch(new RegExp(`This verdict was changed by ${winner === d.reviewer ? d.reviewer.name : d.editor.name}`));
    expect(saved.version).toBe(verdictVersion + 1);
  });

  it("editing an approved verdict sends it back to review and clears the approval; the editor cannot then approve their own edit", async () => {
    const d = await takenClaim();
    await d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: (await d.current()).version, ...VERDICT });
    await d.editorCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: (await d.current()).verdict!.version });
    await d.editorCaller.verdict.edit({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: (await d.current()).verdict!.version, ...VERDICT, rating: "misleading" });
    const after = await d.current();
    expect(after).toMatchObject({ status: "NEEDS_REVIEW", verdict: { rating: "misleading", approvedById: null, authorId: d.editor.id } });
    await expectTRPCError(d.editorCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: after.verdict!.version }), "FORBIDDEN");
    await d.adminCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: after.verdict!.version });
  });

  it("refuses an empty rationale, an unknown rating and a verdict on an open claim, saving nothing", async () => {
    const d = await takenClaim();
    const claimVersion = (await d.current()).version;
    const empty = await expectTRPCError(d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion, ...VERDICT, rationale: "   " }), "BAD_REQUEST");
    expect(empty.message).toMatch(/Write the rationale/);
    const rating = await expectTRPCError(d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion, ...VERDICT, rating: "pants-on-fire" }), "BAD_REQUEST");
    expect(rating.message).toMatch(/Choose one of: True, Mostly true, Misleading, False, Unverifiable/);
    const open = await createDeskWithClaim(db);
    const notTaken = await expectTRPCError((await callerFor(db, open.reviewer)).verdict.propose({ workspaceId: open.ws, claimId: open.claim.id, claimVersion: open.claim.version, ...VERDICT }), "PRECONDITION_FAILED");
    expect(notTaken.message).toMatch(/Take this claim first/);
    expect(await db.verdict.count({ where: { claimId: { in: [d.claim.id, open.claim.id] } } })).toBe(0);
  });

  it("the timeline lists each step with who did it, in order", async () => {
    const d = await takenClaim();
    await d.reviewerCaller.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: (await d.current()).version, ...VERDICT });
    await d.editorCaller.verdict.approve({ workspaceId: d.ws, claimId: d.claim.id, verdictVersion: (await d.current()).verdict!.version });
    const timeline = await d.editorCaller.claim.timeline({ workspaceId: d.ws, claimId: d.claim.id });
    expect(timeline.map((e) => [e.action, e.actor?.name])).toEqual([
      ["claim.created", d.editor.name],
      ["claim.taken", d.reviewer.name],
      ["verdict.proposed", d.reviewer.name],
      ["verdict.approved", d.editor.name],
    ]);
    expect(timeline[1]!.before).toMatchObject({ status: "OPEN", assignee: null });
    expect(timeline[1]!.after).toMatchObject({ status: "IN_PROGRESS", assignee: { id: d.reviewer.id } });
  });
});
