import { describe, expect, it } from "vitest";
import { hasRoleAtLeast, ROLES_ASCENDING } from "@/features/workspaces/permissions";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDesk, createUser } from "../helpers/factories";
import { callPath, listProcedures } from "../helpers/procedures";
import { expectTRPCError } from "../helpers/trpc-error";

const database = await openTestDatabase();
const db = database.prisma;
const procedures = listProcedures();

describe("every procedure declares who may call it", () => {
  it("has an access level", () => {
    expect(procedures.length).toBeGreaterThan(5);
    for (const p of procedures) expect(["public", "user", "workspace"], p.path).toContain(p.meta.access);
  });
  it("the public ones are the few that must be", () => {
    const publicOnes = procedures.filter((p) => p.meta.access === "public").map((p) => p.path);
    expect(publicOnes.sort()).toEqual(["auth.signUp", "invitation.preview"]);
  });
});

describe("signed-out callers", () => {
  for (const p of procedures.filter((p) => p.meta.access !== "public")) {
    it(`are refused ${p.path}`, async () => {
      const { workspace } = await createDesk(db);
      await expectTRPCError(callPath(await callerFor(db, null), p.path, { workspaceId: workspace.id }), "UNAUTHORIZED");
    });
  }
});

describe("signed-in non-members", () => {
  for (const p of procedures.filter((p) => p.meta.access === "workspace")) {
    it(`get NOT_FOUND from ${p.path}, never the data`, async () => {
      const { workspace } = await createDesk(db);
      const outsider = await createUser(db);
      await expectTRPCError(callPath(await callerFor(db, outsider), p.path, { workspaceId: workspace.id }), "NOT_FOUND");
    });
  }
});

describe("members below a procedure's minimum role", () => {
  for (const p of procedures.filter((p) => p.meta.access === "workspace" && p.meta.minRole !== "VIEWER")) {
    for (const role of ROLES_ASCENDING.filter((r) => !hasRoleAtLeast(r, p.meta.minRole ?? "VIEWER"))) {
      it(`${role} is FORBIDDEN from ${p.path}`, async () => {
        const desk = await createDesk(db);
        const member = { ADMIN: desk.admin, EDITOR: desk.editor, REVIEWER: desk.reviewer, VIEWER: desk.viewer }[role];
        await expectTRPCError(callPath(await callerFor(db, member), p.path, { workspaceId: desk.workspace.id }), "FORBIDDEN");
      });
    }
  }
});
