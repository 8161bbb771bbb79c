import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { approveClaim, callerFor, createDeskWithClaim } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const SETTINGS = { name: "Herat Desk", twoPersonRule: true, methodology: "We call two sources.", correctionsPolicy: "We log every change.", orgName: "Herat Verify", orgUrl: "https://herat.example", orgLogoUrl: "" };

describe("workspace settings", () => {
  it("admins save them (recorded), everyone reads them, and the next publish uses them", async () => {
    const d = await createDeskWithClaim(db);
    const admin = await callerFor(db, d.admin);
    await admin.workspace.updateSettings({ workspaceId: d.ws, ...SETTINGS });
    expect(await (await callerFor(db, d.viewer)).workspace.settings({ workspaceId: d.ws })).toMatchObject({ methodology: "We call two sources.", orgName: "Herat Verify", orgUrl: "https://herat.example/" });
    expect(await db.auditEvent.count({ where: { workspaceId: d.ws, action: "workspace.settings_changed" } })).toBe(1);
    await approveClaim(db, d.ws, d.claim.id, { reviewer: d.reviewer, approver: d.editor }, { rating: "true", rationale: "Confirmed." });
    const { slug } = await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: true, corrections: [] });
    const version = await db.publicationVersion.findFirstOrThrow({ where: { publication: { slug } } });
    expect(version.snapshot).toMatchObject({ methodology: "We call two sources.", organization: { name: "Herat Verify", url: "https://herat.example/" } });
  });

  it("refuses editors and a javascript: organisation link, changing nothing", async () => {
    const d = await createDeskWithClaim(db);
    await expectTRPCError(d.editorCaller.workspace.updateSettings({ workspaceId: d.ws, ...SETTINGS }), "FORBIDDEN");
    const bad = await expectTRPCError((await callerFor(db, d.admin)).workspace.updateSettings({ workspaceId: d.ws, ...SETTINGS, orgUrl: "javascript:alert(1)" }), "BAD_REQUEST");
    expect(bad.message).toMatch(/javascript:/);
    expect((await db.workspace.findUniqueOrThrow({ where: { id: d.ws } })).methodology).toBe("");
  });

  it("with the two-person rule off, an author may approve their own verdict", async () => {
    const d = await createDeskWithClaim(db);
    await (await callerFor(db, d.admin)).workspace.updateSettings({ workspaceId: d.ws, ...SETTINGS, twoPersonRule: false });
    const approved = await approveClaim(db, d.ws, d.claim.id, { reviewer: d.reviewer, approver: d.reviewer }, { rating: "true", rationale: "Solo desk." });
    expect(approved).toMatchObject({ status: "APPROVED", verdict: { authorId: d.reviewer.id, approvedById: d.reviewer.id } });
  });
});
