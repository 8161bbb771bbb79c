/**
 * The authorization matrix: for every procedure, what each kind of caller gets.
 * Written down here once, as the expected outcome, never derived from the
 * procedures' own metadata, so that a procedure built on the wrong base
 * (`authedProcedure` instead of `workspaceProcedure("EDITOR")`) shows up as a
 * difference instead of quietly agreeing with itself.
 *
 * Checked against the real app by tests/integration/access.integration-test.ts
 * (every procedure × every persona, on a real database) and rendered as
 * docs/access-matrix.md by `npm run docs:access`.
 *
 * Pure data: no imports from the app, so the doc generator stays trivial.
 */

/** The callers, from least to most privileged. */
export const PERSONAS = ["signedOut", "nonMember", "viewer", "reviewer", "editor", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export const PERSONA_LABELS: Record<Persona, string> = {
  signedOut: "Signed out",
  nonMember: "Non-member",
  viewer: "Viewer",
  reviewer: "Reviewer",
  editor: "Editor",
  admin: "Admin",
};

export const PERSONA_DESCRIPTIONS: Record<Persona, string> = {
  signedOut: "no session",
  nonMember: "signed in, admin of another workspace, not a member of the one called",
  viewer: "member of the workspace with the viewer role",
  reviewer: "member with the reviewer role",
  editor: "member with the editor role",
  admin: "member with the admin role",
};

/**
 * "allowed": the call succeeds. The test calls with an input that would
 * succeed for anyone permitted (the caller's own comment, a claim the caller
 * holds, …), so a refusal is about who is calling and never about the input.
 * Otherwise the tRPC error code the caller gets.
 */
export type Outcome = "allowed" | "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN";

export type Row = Record<Persona, Outcome> & { note?: string };

const MEMBER_ROLES = ["viewer", "reviewer", "editor", "admin"] as const;
type MemberRole = (typeof MEMBER_ROLES)[number];

/** Anyone, signed in or not. */
function anyone(note?: string): Row {
  return { signedOut: "allowed", nonMember: "allowed", viewer: "allowed", reviewer: "allowed", editor: "allowed", admin: "allowed", note };
}

/** Any signed-in user, whatever their memberships. */
function signedIn(note?: string): Row {
  return { ...anyone(note), signedOut: "UNAUTHORIZED" };
}

/**
 * Members of the workspace with at least the `min` role. Non-members get
 * NOT_FOUND, as if the workspace did not exist, so its existence does not leak;
 * members below `min` are told it needs a higher role (FORBIDDEN).
 */
function member(min: MemberRole, note?: string): Row {
  const rank = MEMBER_ROLES.indexOf(min);
  const row: Row = { ...signedIn(note), nonMember: "NOT_FOUND" };
  for (const [i, role] of MEMBER_ROLES.entries()) row[role] = i >= rank ? "allowed" : "FORBIDDEN";
  return row;
}

export const ACCESS_MATRIX: Record<string, Row> = {
  "auth.signUp": anyone(),

  "workspace.listMine": signedIn(),
  "workspace.create": signedIn(),
  "workspace.bySlug": member("viewer", "Signed-in procedure; the lookup itself hides workspaces the caller is not in."),
  "workspace.members": member("viewer"),
  "workspace.changeRole": member("admin"),
  "workspace.removeMember": member("admin"),
  "workspace.settings": member("viewer"),
  "workspace.updateSettings": member("admin"),
  "workspace.leave": member("viewer", "With a second admin present: the last admin may not leave."),

  "invitation.list": member("admin"),
  "invitation.create": member("admin"),
  "invitation.revoke": member("admin"),
  "invitation.preview": anyone("Before the person has an account, the invite page shows what the link is for."),
  "invitation.accept": signedIn("An open link, not bound to an e-mail address."),

  "article.list": member("viewer"),
  "article.get": member("viewer"),
  "article.board": member("viewer"),
  "article.create": member("editor"),
  "article.replaceText": member("editor"),
  "article.importUrl": member("editor"),
  "article.parseUpload": member("editor"),

  "claim.create": member("editor"),
  "claim.createFromSuggestion": member("editor"),
  "claim.acceptTop": member("editor"),
  "claim.update": member("editor"),
  "claim.merge": member("editor"),
  "claim.split": member("editor"),
  "claim.dismissSuggestion": member("editor"),
  "claim.detail": member("viewer"),
  "claim.timeline": member("viewer"),
  "claim.search": member("viewer"),
  "claim.similar": member("viewer"),
  "claim.take": member("reviewer"),
  "claim.release": member("reviewer", "A claim the caller holds."),
  "claim.assign": member("editor"),
  "claim.dismiss": member("editor"),
  "claim.reopen": member("editor"),
  "claim.restoreSuggestion": member("editor"),

  "verdict.propose": member("reviewer", "On a claim the caller holds."),
  "verdict.edit": member("reviewer", "The caller's own verdict, on a claim they hold."),
  "verdict.approve": member("reviewer", "Someone else's verdict (two-person rule)."),
  "verdict.sendBack": member("reviewer"),

  "comment.add": member("reviewer"),
  "comment.edit": member("reviewer", "The caller's own comment."),
  "comment.delete": member("reviewer", "The caller's own comment."),

  "evidence.add": member("reviewer"),
  "evidence.remove": member("reviewer", "Evidence the caller added."),

  "desk.myQueue": member("viewer"),
  "desk.workload": member("viewer"),
  "desk.claims": member("viewer"),

  "notification.list": signedIn(),
  "notification.unreadCount": signedIn(),
  "notification.markRead": signedIn(),

  "live.article": member("viewer", "Subscription: allowed means its first message (who is viewing) arrived."),

  "publication.status": member("viewer"),
  "publication.publish": member("editor", "A first publication."),
  "publication.unpublish": member("admin"),
};
