import type { ClaimStatus, Role } from "@/generated/prisma/enums";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { refusalMessage, type RefusalReason } from "./refusals";

/**
 * The claim lifecycle as one pure function, so the server (which enforces it)
 * and the UI (which only shows buttons that would work) cannot disagree, and
 * every status × action × role combination is unit-tested.
 *
 *   OPEN, IN_PROGRESS ── take, assign ───────▶ IN_PROGRESS
 *   IN_PROGRESS ──────── release ────────────▶ OPEN
 *   IN_PROGRESS ──────── propose_verdict ────▶ NEEDS_REVIEW
 *   NEEDS_REVIEW ─────── approve ────────────▶ APPROVED      (two-person rule)
 *   NEEDS_REVIEW ─────── send_back + reason ─▶ IN_PROGRESS
 *   APPROVED ─────────── publish ────────────▶ PUBLISHED
 *   NEEDS_REVIEW, APPROVED, PUBLISHED ─ edit_verdict ─▶ NEEDS_REVIEW (any approval cleared)
 *   OPEN, IN_PROGRESS ── dismiss ────────────▶ DISMISSED ── reopen ──▶ OPEN
 *
 * Decisions the spec left open (see lifecycle.test.ts for each one):
 * - A verdict is proposed only from IN_PROGRESS. On an OPEN claim one takes
 *   (or an editor assigns) it first: a single way into review keeps "who holds
 *   this claim" always answered, whoever proposes.
 * - Editing the verdict during NEEDS_REVIEW keeps it in NEEDS_REVIEW: approval
 *   always concerns the text as it is at that moment, so bouncing it back to
 *   IN_PROGRESS would only force a redundant re-proposal.
 * - Whoever last wrote the verdict (propose or edit) becomes its author for the
 *   two-person rule. Otherwise an editor could change an approved verdict and
 *   approve their own change, since the original author is someone else.
 * - OPEN and DISMISSED claims have no assignee; APPROVED and PUBLISHED keep
 *   theirs, as the person answerable for later corrections.
 * - An IN_PROGRESS claim with no assignee (the assignee's account was deleted:
 *   the schema sets assigneeId to null) can be taken like an open one.
 */

export type ClaimAction =
  | { type: "take" }
  | { type: "release" }
  | { type: "assign"; assigneeId: string; assigneeRole: Role }
  | { type: "propose_verdict" }
  | { type: "edit_verdict" }
  | { type: "approve" }
  | { type: "send_back"; reason: string }
  | { type: "publish" }
  | { type: "dismiss" }
  | { type: "reopen" };

export type ClaimActionType = ClaimAction["type"];

/** In the order the UI lists them. */
export const CLAIM_ACTION_TYPES = [
  "take",
  "release",
  "assign",
  "propose_verdict",
  "edit_verdict",
  "approve",
  "send_back",
  "publish",
  "dismiss",
  "reopen",
] as const satisfies readonly ClaimActionType[];

export type ClaimState = { status: ClaimStatus; assigneeId: string | null; verdictAuthorId: string | null };
export type Actor = { userId: string; role: Role };
/** Workspace settings that change the rules; twoPersonRule is on by default. */
export type Policy = { twoPersonRule: boolean };

export type ClaimTransition = {
  status: ClaimStatus;
  assigneeId: string | null;
  /** Who the two-person rule treats as the verdict's author from now on. */
  verdictAuthorId: string | null;
  /** True when an approval on record no longer covers the verdict's text. */
  clearApproval: boolean;
};

export type Decision =
  | { ok: true; next: ClaimTransition }
  | { ok: false; reason: RefusalReason; message: string };

export type { RefusalReason };

/** The statuses each action may start from. */
const FROM: Record<ClaimActionType, readonly ClaimStatus[]> = {
  take: ["OPEN", "IN_PROGRESS"], // IN_PROGRESS only when nobody holds it (checked below)
  release: ["IN_PROGRESS"],
  assign: ["OPEN", "IN_PROGRESS"],
  propose_verdict: ["IN_PROGRESS"],
  edit_verdict: ["NEEDS_REVIEW", "APPROVED", "PUBLISHED"],
  approve: ["NEEDS_REVIEW"],
  send_back: ["NEEDS_REVIEW"],
  publish: ["APPROVED"],
  dismiss: ["OPEN", "IN_PROGRESS"],
  reopen: ["DISMISSED"],
};

// Checked before the status, so a reviewer learns "editors only" rather than a
// status hint that would not help them anyway.
const EDITOR_ONLY: ReadonlySet<ClaimActionType> = new Set(["assign", "publish", "dismiss", "reopen"]);
// Work on someone's claim is theirs to do; editors may step in.
const HOLDER_OR_EDITOR: ReadonlySet<ClaimActionType> = new Set(["release", "propose_verdict", "edit_verdict"]);

/**
 * Whether `actor` may apply `action` to a claim in `state`, and if so the
 * state to write. Checks run in a fixed order (role, editor-only, status,
 * holder, then the action's own conditions) so the refusal reason is
 * predictable.
 */
export function decide(state: ClaimState, action: ClaimAction, actor: Actor, policy: Policy): Decision {
  const refuse = (reason: RefusalReason): Decision => ({
    ok: false,
    reason,
    message: refusalMessage(reason, action.type, state.status),
  });
  const go = (status: ClaimStatus, changes: Partial<ClaimTransition> = {}): Decision => ({
    ok: true,
    next: { status, assigneeId: state.assigneeId, verdictAuthorId: state.verdictAuthorId, clearApproval: false, ...changes },
  });
  const isEditor = hasRoleAtLeast(actor.role, "EDITOR");
  const isHolder = state.assigneeId !== null && state.assigneeId === actor.userId;

  // Every action changes state, and every one needs at least the reviewer role.
  if (!hasRoleAtLeast(actor.role, "REVIEWER")) return refuse("read_only");
  if (EDITOR_ONLY.has(action.type) && !isEditor) return refuse("needs_editor");
  if (!FROM[action.type].includes(state.status)) return refuse("wrong_status");
  if (HOLDER_OR_EDITOR.has(action.type) && !isHolder && !isEditor) return refuse("not_assignee");

  switch (action.type) {
    case "take":
      if (state.assigneeId !== null) return refuse(isHolder ? "already_assignee" : "taken_by_other");
      return go("IN_PROGRESS", { assigneeId: actor.userId });
    case "release":
      return go("OPEN", { assigneeId: null });
    case "assign":
      if (action.assigneeId.trim() === "") return refuse("assignee_required");
      if (!hasRoleAtLeast(action.assigneeRole, "REVIEWER")) return refuse("assignee_role_too_low");
      // Refused rather than accepted as a no-op, so the caller does not notify
      // and audit an assignment that changed nothing.
      if (action.assigneeId === state.assigneeId) return refuse("already_assignee");
      return go("IN_PROGRESS", { assigneeId: action.assigneeId });
    case "propose_verdict":
      return go("NEEDS_REVIEW", { verdictAuthorId: actor.userId });
    case "edit_verdict":
      if (state.verdictAuthorId === null) return refuse("no_verdict");
      return go("NEEDS_REVIEW", { verdictAuthorId: actor.userId, clearApproval: state.status !== "NEEDS_REVIEW" });
    case "approve":
      if (state.verdictAuthorId === null) return refuse("no_verdict");
      if (policy.twoPersonRule && state.verdictAuthorId === actor.userId) return refuse("own_verdict");
      return go("APPROVED");
    case "send_back":
      // Any reviewer may send back, the author included: it withholds approval,
      // which the two-person rule never needs to prevent.
      if (action.reason.trim() === "") return refuse("reason_required");
      return go("IN_PROGRESS");
    case "publish":
      return go("PUBLISHED");
    case "dismiss":
      return go("DISMISSED", { assigneeId: null });
    case "reopen":
      return go("OPEN", { assigneeId: null });
  }
}

/**
 * The action types that would succeed, for the UI to show only those. An
 * action with inputs counts when some valid input would succeed: "assign" when
 * the editor could pick an eligible member, "send_back" once a reason is typed.
 */
export function allowedActions(state: ClaimState, actor: Actor, policy: Policy): ClaimActionType[] {
  return CLAIM_ACTION_TYPES.filter((type) => decide(state, probe(type, state), actor, policy).ok);
}

function probe(type: ClaimActionType, state: ClaimState): ClaimAction {
  switch (type) {
    case "assign":
      // A reviewer other than the current assignee: built from assigneeId so it
      // can never equal it, whatever ids look like.
      return { type, assigneeId: `${state.assigneeId ?? ""}+someone-else`, assigneeRole: "REVIEWER" };
    case "send_back":
      return { type, reason: "a reason" };
    default:
      return { type };
  }
}
