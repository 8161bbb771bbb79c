import type { Role } from "@/generated/prisma/enums";

/**
 * Workspace roles in increasing power. Pure, so the whole permission policy is
 * unit-tested in one place and the UI can hide what the server would refuse.
 */
export const ROLES_ASCENDING = ["VIEWER", "REVIEWER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { VIEWER: 0, REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "Manages members and settings, unpublishes summaries, and does everything an editor does.",
  EDITOR: "Adds articles, turns sentences into claims, assigns reviewers and publishes.",
  REVIEWER: "Takes claims, adds evidence and comments, proposes and approves verdicts.",
  VIEWER: "Reads everything, changes nothing.",
};

export function hasRoleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function canManageMembers(role: Role): boolean {
  return role === "ADMIN";
}

export type MemberChange =
  | { kind: "change-role"; targetRole: Role; newRole: Role }
  | { kind: "remove"; targetRole: Role }
  | { kind: "leave"; ownRole: Role };

/**
 * The last-admin rule: a workspace must always keep at least one admin, so the
 * last one can neither leave, be removed, nor be demoted. Returns the refusal
 * reason, or null when the change is allowed.
 */
export function checkAdminsRemain(change: MemberChange, adminCount: number): string | null {
  const losesAdmin =
    (change.kind === "change-role" && change.targetRole === "ADMIN" && change.newRole !== "ADMIN") ||
    (change.kind === "remove" && change.targetRole === "ADMIN") ||
    (change.kind === "leave" && change.ownRole === "ADMIN");
  if (losesAdmin && adminCount <= 1) {
    return change.kind === "leave"
      ? "You are the last admin. Make another member an admin before you leave."
      : "This is the last admin of the workspace. Make another member an admin first.";
  }
  return null;
}
