import { describe, expect, it } from "vitest";
import { canManageMembers, checkAdminsRemain, hasRoleAtLeast, ROLES_ASCENDING } from "./permissions";

describe("hasRoleAtLeast", () => {
  it("orders roles viewer < reviewer < editor < admin", () => {
    for (const [i, role] of ROLES_ASCENDING.entries()) {
      for (const [j, minimum] of ROLES_ASCENDING.entries()) {
        expect(hasRoleAtLeast(role, minimum), `${role} >= ${minimum}`).toBe(i >= j);
      }
    }
  });
});

describe("canManageMembers", () => {
  it("is admin only", () => {
    expect(ROLES_ASCENDING.filter(canManageMembers)).toEqual(["ADMIN"]);
  });
});

describe("checkAdminsRemain", () => {
  it("refuses to demote, remove or let leave the last admin", () => {
    expect(checkAdminsRemain({ kind: "change-role", targetRole: "ADMIN", newRole: "EDITOR" }, 1)).toMatch(/last admin/);
    expect(checkAdminsRemain({ kind: "remove", targetRole: "ADMIN" }, 1)).toMatch(/last admin/);
    expect(checkAdminsRemain({ kind: "leave", ownRole: "ADMIN" }, 1)).toMatch(/last admin/);
  });
  it("allows the same changes when another admin remains", () => {
    expect(checkAdminsRemain({ kind: "change-role", targetRole: "ADMIN", newRole: "EDITOR" }, 2)).toBeNull();
    expect(checkAdminsRemain({ kind: "remove", targetRole: "ADMIN" }, 2)).toBeNull();
    expect(checkAdminsRemain({ kind: "leave", ownRole: "ADMIN" }, 2)).toBeNull();
  });
  it("never blocks changes that keep the admin count", () => {
    expect(checkAdminsRemain({ kind: "change-role", targetRole: "ADMIN", newRole: "ADMIN" }, 1)).toBeNull();
    expect(checkAdminsRemain({ kind: "change-role", targetRole: "VIEWER", newRole: "ADMIN" }, 1)).toBeNull();
    expect(checkAdminsRemain({ kind: "remove", targetRole: "EDITOR" }, 1)).toBeNull();
    expect(checkAdminsRemain({ kind: "leave", ownRole: "REVIEWER" }, 1)).toBeNull();
  });
});
