import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { addMember, callerFor, createDesk, createUser } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

describe("creating a workspace", () => {
  it("makes the creator its admin and records it in the audit trail", async () => {
    const user = await createUser(db);
    const caller = await callerFor(db, user);
    const workspace = await caller.workspace.create({ name: "Herat Verification Desk" });
    expect(workspace.slug).toMatch(/^herat-verification-desk/);
    const mine = await caller.workspace.listMine();
    expect(mine).toEqual([{ ...workspace, role: "ADMIN" }]);
    const audit = await db.auditEvent.findMany({ where: { workspaceId: workspace.id } });
    expect(audit.map((a) => a.action)).toEqual(["workspace.created"]);
  });

  it("refuses a one-letter name with a field message, creating nothing", async () => {
    const user = await createUser(db);
    const error = await expectTRPCError((await callerFor(db, user)).workspace.create({ name: "x" }), "BAD_REQUEST");
    expect(error.message).toMatch(/at least 2 characters/);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets one user belong to several workspaces", async () => {
    const user = await createUser(db);
    const caller = await callerFor(db, user);
    await caller.workspace.create({ name: "Desk one" });
    await caller.workspace.create({ name: "Desk two" });
    expect((await caller.workspace.listMine()).map((w) => w.name)).toEqual(["Desk one", "Desk two"]);
  });
});

describe("invitations", () => {
  it("a link invitation admits one person with the invited role, once", async () => {
    const { workspace, admin } = await createDesk(db);
    const invite = await (await callerFor(db, admin)).invitation.create({ workspaceId: workspace.id, role: "EDITOR", expiresInDays: 7 });
    const newcomer = await createUser(db);
    const preview = await (await callerFor(db, null)).invitation.preview({ token: invite.token });
    expect(preview).toMatchObject({ workspaceName: workspace.name, role: "EDITOR", email: null });

    await (await callerFor(db, newcomer)).invitation.accept({ token: invite.token });
    const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: newcomer.id } } });
    expect(membership?.role).toBe("EDITOR");

    const second = await createUser(db);
    const used = await expectTRPCError((await callerFor(db, second)).invitation.accept({ token: invite.token }), "NOT_FOUND");
    expect(used.message).toMatch(/already been used/);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: second.id } })).toBe(0);
  });

  it("stores only a hash of the token", async () => {
    const { workspace, admin } = await createDesk(db);
    const invite = await (await callerFor(db, admin)).invitation.create({ workspaceId: workspace.id, role: "VIEWER", expiresInDays: 1 });
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).not.toContain(invite.token);
    expect(JSON.stringify(row)).not.toContain(invite.token);
  });

  it("explains an expired or withdrawn invitation", async () => {
    const { workspace, admin } = await createDesk(db);
    const adminCaller = await callerFor(db, admin);
    const expired = await adminCaller.invitation.create({ workspaceId: workspace.id, role: "VIEWER", expiresInDays: 1 });
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const user = await createUser(db);
    expect((await expectTRPCError((await callerFor(db, user)).invitation.accept({ token: expired.token }), "NOT_FOUND")).message).toMatch(/expired/);

    const withdrawn = await adminCaller.invitation.create({ workspaceId: workspace.id, role: "VIEWER", expiresInDays: 1 });
    await adminCaller.invitation.revoke({ workspaceId: workspace.id, invitationId: withdrawn.id });
    expect((await expectTRPCError((await callerFor(db, null)).invitation.preview({ token: withdrawn.token }), "NOT_FOUND")).message).toMatch(/withdrawn/);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: user.id } })).toBe(0);
  });

  it("an e-mail invitation can only be accepted by that address", async () => {
    const { workspace, admin } = await createDesk(db);
    const invitee = await createUser(db);
    const invite = await (await callerFor(db, admin)).invitation.create({ workspaceId: workspace.id, email: invitee.email.toUpperCase(), role: "REVIEWER", expiresInDays: 7 });
    const stranger = await createUser(db);
    const refused = await expectTRPCError((await callerFor(db, stranger)).invitation.accept({ token: invite.token }), "FORBIDDEN");
    expect(refused.message).toContain(invitee.email);
    await (await callerFor(db, invitee)).invitation.accept({ token: invite.token });
    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: invitee.id, role: "REVIEWER" } })).toBe(1);
  });

  it("refuses a malformed e-mail with a field error", async () => {
    const { workspace, admin } = await createDesk(db);
    const error = await expectTRPCError(
      (await callerFor(db, admin)).invitation.create({ workspaceId: workspace.id, email: "not-an-email", role: "VIEWER", expiresInDays: 7 }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/valid e-mail/);
    expect(await db.invitation.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});

describe("managing members", () => {
  it("an admin changes a role and removes a member; both are audited", async () => {
    const { workspace, admin, reviewer } = await createDesk(db);
    const caller = await callerFor(db, admin);
    const members = await caller.workspace.members({ workspaceId: workspace.id });
    const reviewerRow = members.find((m) => m.userId === reviewer.id)!;
    await caller.workspace.changeRole({ workspaceId: workspace.id, memberId: reviewerRow.id, role: "EDITOR" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: reviewerRow.id } })).role).toBe("EDITOR");
    await caller.workspace.removeMember({ workspaceId: workspace.id, memberId: reviewerRow.id });
    expect(await db.membership.findUnique({ where: { id: reviewerRow.id } })).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["member.role_changed", "member.removed"]);
    // The removed reviewer can no longer see the workspace.
    await expectTRPCError((await callerFor(db, reviewer)).workspace.members({ workspaceId: workspace.id }), "NOT_FOUND");
  });

  it("the last admin can neither be demoted nor leave", async () => {
    const { workspace, admin } = await createDesk(db);
    const caller = await callerFor(db, admin);
    const adminRow = (await caller.workspace.members({ workspaceId: workspace.id })).find((m) => m.userId === admin.id)!;
    const demote = await expectTRPCError(caller.workspace.changeRole({ workspaceId: workspace.id, memberId: adminRow.id, role: "VIEWER" }), "PRECONDITION_FAILED");
    expect(demote.message).toMatch(/last admin/);
    const leave = await expectTRPCError(caller.workspace.leave({ workspaceId: workspace.id }), "PRECONDITION_FAILED");
    expect(leave.message).toMatch(/last admin/);
    expect((await db.membership.findUniqueOrThrow({ where: { id: adminRow.id } })).role).toBe("ADMIN");
  });

  it("with a second admin, an admin may step down", async () => {
    const { workspace, admin } = await createDesk(db);
    await addMember(db, workspace.id, "ADMIN");
    const caller = await callerFor(db, admin);
    const adminRow = (await caller.workspace.members({ workspaceId: workspace.id })).find((m) => m.userId === admin.id)!;
    await caller.workspace.changeRole({ workspaceId: workspace.id, memberId: adminRow.id, role: "EDITOR" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: adminRow.id } })).role).toBe("EDITOR");
  });

  it("reads the role from the database on every call, not from the session", async () => {
    const { workspace, admin, editor } = await createDesk(db);
    const editorCaller = await callerFor(db, editor);
    await expectTRPCError(editorCaller.invitation.list({ workspaceId: workspace.id }), "FORBIDDEN");
    const editorRow = (await (await callerFor(db, admin)).workspace.members({ workspaceId: workspace.id })).find((m) => m.userId === editor.id)!;
    await (await callerFor(db, admin)).workspace.changeRole({ workspaceId: workspace.id, memberId: editorRow.id, role: "ADMIN" });
    // Same caller object (same "session"): the promotion applies at once.
    await expect(editorCaller.invitation.list({ workspaceId: workspace.id })).resolves.toEqual([]);
  });
});
