import type { ClaimStatus } from "@/generated/prisma/enums";
// Type-only, so the two files do not load each other at run time.
import type { ClaimActionType as ActionType } from "./lifecycle";

/**
 * Why the lifecycle refused an action. A stable code lets callers react (for
 * example, "taken_by_other" becomes "Already taken by NAME" once the caller has
 * looked up the name), while the message is a plain-words fallback for the UI.
 */
export type RefusalReason =
  | "read_only" // viewers change nothing
  | "needs_editor" // the action is reserved to editors and admins
  | "wrong_status" // the action does not start from the claim's current status
  | "not_assignee" // only the person holding the claim (or an editor) may do it
  | "taken_by_other" // someone else holds the claim
  | "already_assignee" // a no-op: the claim is already held by that person
  | "assignee_required" // assign without a member
  | "assignee_role_too_low" // viewers cannot be given claims to work on
  | "no_verdict" // approve or edit with no verdict on record
  | "own_verdict" // two-person rule: the verdict's author cannot approve it
  | "reason_required"; // send back without saying why

// "Only an editor or admin can <verb>." reads naturally for every action.
const VERB: Record<ActionType, string> = {
  take: "take this claim",
  release: "release this claim",
  assign: "assign claims",
  propose_verdict: "propose a verdict",
  edit_verdict: "edit the verdict",
  approve: "approve the verdict",
  send_back: "send the verdict back",
  publish: "publish a verdict",
  dismiss: "dismiss claims",
  reopen: "reopen a dismissed claim",
};

// Says where the action can start from, which is what the journalist needs to
// know next, rather than naming the status it is in now.
const WHEN: Record<ActionType, string> = {
  take: "Only an open claim can be taken.",
  release: "Only a claim in progress can be released.",
  assign: "Only an open or in-progress claim can be assigned.",
  propose_verdict: "A verdict can only be proposed while the claim is in progress.",
  edit_verdict: "There is no proposed verdict to edit yet.",
  approve: "Only a verdict waiting for review can be approved.",
  send_back: "Only a verdict waiting for review can be sent back.",
  publish: "Only an approved verdict can be published.",
  dismiss: "Only an open or in-progress claim can be dismissed.",
  reopen: "Only a dismissed claim can be reopened.",
};

function wrongStatusMessage(action: ActionType, status: ClaimStatus): string {
  // The three cases people actually run into get a message that says what to do instead.
  if (status === "DISMISSED" && action !== "reopen") return "This claim was dismissed. An editor can reopen it.";
  if (status === "OPEN" && action === "propose_verdict") return "Take this claim first, then propose a verdict.";
  if (status === "IN_PROGRESS" && action === "edit_verdict") {
    return "This verdict has not been proposed yet: propose it instead of editing it.";
  }
  return WHEN[action];
}

export function refusalMessage(reason: RefusalReason, action: ActionType, status: ClaimStatus): string {
  switch (reason) {
    case "read_only":
      return "Viewers can read claims but not change them. Ask an admin for the reviewer role.";
    case "needs_editor":
      return `Only an editor or admin can ${VERB[action]}.`;
    case "wrong_status":
      return wrongStatusMessage(action, status);
    case "not_assignee":
      return `Only the person working on this claim, or an editor, can ${VERB[action]}.`;
    case "taken_by_other":
      return "Someone else is already working on this claim.";
    case "already_assignee":
      return action === "take" ? "You are already working on this claim." : "This claim is already assigned to that person.";
    case "assignee_required":
      return "Choose who should work on this claim.";
    case "assignee_role_too_low":
      return "Claims can only be assigned to reviewers, editors or admins, not to viewers.";
    case "no_verdict":
      return action === "approve" ? "There is no verdict to approve yet." : "There is no verdict to edit yet.";
    case "own_verdict":
      return "You wrote this verdict: a second person must approve it.";
    case "reason_required":
      return "Say why you are sending it back, so the author knows what to fix.";
  }
}
