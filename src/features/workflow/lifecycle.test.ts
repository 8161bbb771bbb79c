import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import type { ClaimStatus, Role } from "@/generated/prisma/enums";
import {
  allowedActions,
  CLAIM_ACTION_TYPES,
  decide,
  type Actor,
  type ClaimAction,
  type ClaimActionType,
  type ClaimState,
  type Policy,
  type RefusalReason,
} from "./lifecycle";

// The test's own lists, so a status or action dropped from the code is noticed.
const STATUSES: ClaimStatus[] = ["OPEN", "IN_PROGRESS", "NEEDS_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED"];
const ROLES: Role[] = ["VIEWER", "REVIEWER", "EDITOR", "ADMIN"];
const ACTIONS: ClaimActionType[] = [
  "take", "release", "assign", "propose_verdict", "edit_verdict", "approve", "send_back", "publish", "dismiss", "reopen",
];
// The actor is always ME; OTHER and THIRD are two other members.
const ME = "u-me";
const OTHER = "u-other";
const THIRD = "u-third";
const ON: Policy = { twoPersonRule: true };
const OFF: Policy = { twoPersonRule: false };

/**
 * The expected lifecycle, written independently of lifecycle.ts. One row per
 * allowed (status, action); any pair not listed is refused as wrong_status.
 * who:      reviewer = any reviewer or higher; editor = editor or admin;
 *           holder|editor = the assignee, or any editor or admin.
 * assignee: keep | actor (the one acting) | target (of assign) | none.
 * author:   keep | actor (the one acting becomes the verdict's author).
 */
const TABLE = `
  from          action           who            to            assignee  author  approval
  OPEN          take             reviewer       IN_PROGRESS   actor     keep    keep
  IN_PROGRESS   take             reviewer       IN_PROGRESS   actor     keep    keep
  OPEN          assign           editor         IN_PROGRESS   target    keep    keep
  IN_PROGRESS   assign           editor         IN_PROGRESS   target    keep    keep
  IN_PROGRESS   release          holder|editor  OPEN          none      keep    keep
  IN_PROGRESS   propose_verdict  holder|editor  NEEDS_REVIEW  keep      actor   keep
  NEEDS_REVIEW  edit_verdict     holder|editor  NEEDS_REVIEW  keep      actor   keep
  APPROVED      edit_verdict     holder|editor  NEEDS_REVIEW  keep      actor   clear
  PUBLISHED     edit_verdict     holder|editor  NEEDS_REVIEW  keep      actor   clear
  NEEDS_REVIEW  approve          reviewer       APPROVED      keep      keep    keep
  NEEDS_REVIEW  send_back        reviewer       IN_PROGRESS   keep      keep    keep
  APPROVED      publish          editor         PUBLISHED     keep      keep    keep
  OPEN          dismiss          editor         DISMISSED     none      keep    keep
  IN_PROGRESS   dismiss          editor         DISMISSED     none      keep    keep
  DISMISSED     reopen           editor         OPEN          none      keep    keep
`;
type Row = { from: string; action: string; who: string; to: string; assignee: string; author: string; approval: string };
const ROWS: Row[] = TABLE.trim().split("\n").slice(1).map((line) => {
  const [from, action, who, to, assignee, author, approval] = line.trim().split(/\s+/) as string[] & { length: 7 };
  return { from, action, who, to, assignee, author, approval } as Row;
});

type Case = { state: ClaimState; action: ClaimAction; role: Role; policy: Policy };
const target = (a: ClaimAction) => (a.type === "assign" ? a : { assigneeId: "", assigneeRole: "VIEWER" as Role });

// Conditions beyond role, status and holder, in the order they are checked.
const GUARDS: [ClaimActionType, RefusalReason, (c: Case) => boolean][] = [
  ["take", "already_assignee", (c) => c.state.assigneeId === ME],
  ["take", "taken_by_other", (c) => c.state.assigneeId !== null],
  ["assign", "assignee_required", (c) => target(c.action).assigneeId.trim() === ""],
  ["assign", "assignee_role_too_low", (c) => target(c.action).assigneeRole === "VIEWER"],
  ["assign", "already_assignee", (c) => target(c.action).assigneeId === c.state.assigneeId],
  ["edit_verdict", "no_verdict", (c) => c.state.verdictAuthorId === null],
  ["approve", "no_verdict", (c) => c.state.verdictAuthorId === null],
  ["approve", "own_verdict", (c) => c.policy.twoPersonRule && c.state.verdictAuthorId === ME],
  ["send_back", "reason_required", (c) => c.action.type === "send_back" && c.action.reason.trim() === ""],
];

type Outcome = { ok: true; next: unknown } | { ok: false; reason: RefusalReason };

function expected(c: Case): Outcome {
  const isEditor = c.role === "EDITOR" || c.role === "ADMIN";
  const rows = ROWS.filter((r) => r.action === c.action.type);
  const row = rows.find((r) => r.from === c.state.status);
  if (c.role === "VIEWER") return { ok: false, reason: "read_only" };
  if (rows.every((r) => r.who === "editor") && !isEditor) return { ok: false, reason: "needs_editor" };
  if (!row) return { ok: false, reason: "wrong_status" };
  if (row.who === "holder|editor" && c.state.assigneeId !== ME && !isEditor) return { ok: false, reason: "not_assignee" };
  const failed = GUARDS.find(([action, , fails]) => action === c.action.type && fails(c));
  if (failed) return { ok: false, reason: failed[1] };
  const assignee = { keep: c.state.assigneeId, actor: ME, target: target(c.action).assigneeId, none: null };
  return {
    ok: true,
    next: {
      status: row.to,
      assigneeId: assignee[row.assignee as keyof typeof assignee],
      verdictAuthorId: row.author === "actor" ? ME : c.state.verdictAuthorId,
      clearApproval: row.approval === "clear",
    },
  };
}

// Every action, with each kind of input that matters.
const VARIANTS: ClaimAction[] = ACTIONS.flatMap((type): ClaimAction[] => {
  if (type === "assign") {
    return [ME, OTHER, THIRD, " "].flatMap((assigneeId) => ROLES.map((assigneeRole) => ({ type, assigneeId, assigneeRole })));
  }
  if (type === "send_back") return ["The source is from 2019", "", "   "].map((reason) => ({ type, reason }));
  return [{ type }];
});
const PEOPLE = [null, ME, OTHER];
const STATES: ClaimState[] = STATUSES.flatMap((status) =>
  PEOPLE.flatMap((assigneeId) => PEOPLE.map((verdictAuthorId) => ({ status, assigneeId, verdictAuthorId }))),
);

const label = (c: Case) =>
  `${c.role} ${JSON.stringify(c.action)} on ${c.state.status} assignee=${c.state.assigneeId} author=${c.state.verdictAuthorId} twoPerson=${c.policy.twoPersonRule}`;

describe("claim lifecycle, exhaustively", () => {
  it("the expected table names only real statuses and actions", () => {
    for (const r of ROWS) {
      expect(STATUSES).toContain(r.from);
      expect(STATUSES).toContain(r.to);
      expect(ACTIONS).toContain(r.action);
    }
    expect([...CLAIM_ACTION_TYPES].sort()).toEqual([...ACTIONS].sort());
  });

  it("decide matches the expected table for every status × action × role × assignee × author × policy", () => {
    const mismatches: string[] = [];
    let count = 0;
    for (const state of STATES) for (const action of VARIANTS) for (const role of ROLES) for (const policy of [ON, OFF]) {
      const c: Case = { state, action, role, policy };
      const got = decide(state, action, { userId: ME, role }, policy);
      const want = expected(c);
      const gotOutcome = got.ok ? { ok: true, next: got.next } : { ok: false, reason: got.reason };
      if (!isDeepStrictEqual(gotOutcome, want)) {
        mismatches.push(`${label(c)}: got ${JSON.stringify(gotOutcome)}, want ${JSON.stringify(want)}`);
      }
      // Messages are shown to journalists: a full sentence, never a code.
      if (!got.ok && !/^[A-Z][^_]*[.]$/.test(got.message)) mismatches.push(`${label(c)}: message "${got.message}"`);
      count++;
    }
    expect(mismatches).toEqual([]);
    expect(count).toBe(6 * 27 * 4 * 9 * 2); // statuses × action variants × roles × (assignee × author) × policies
  });

  it("allowedActions lists exactly the action types for which some input succeeds", () => {
    let count = 0;
    for (const state of STATES) for (const role of ROLES) for (const policy of [ON, OFF]) {
      const actor: Actor = { userId: ME, role };
      const works = ACTIONS.filter((t) => VARIANTS.some((a) => a.type === t && decide(state, a, actor, policy).ok));
      expect([...allowedActions(state, actor, policy)].sort(), `${role} on ${JSON.stringify(state)}`).toEqual(works.sort());
      count++;
    }
    expect(count).toBe(6 * 4 * 9 * 2);
  });
});

// ---- Each rule on its own, by name ----------------------------------------

const claim = (status: ClaimStatus, assigneeId: string | null = null, verdictAuthorId: string | null = null): ClaimState => ({
  status,
  assigneeId,
  verdictAuthorId,
});
const viewer: Actor = { userId: ME, role: "VIEWER" };
const reviewer: Actor = { userId: ME, role: "REVIEWER" };
const editor: Actor = { userId: ME, role: "EDITOR" };
const admin: Actor = { userId: ME, role: "ADMIN" };
const refusal = (d: ReturnType<typeof decide>) => (d.ok ? "ok" : d.reason);
const next = (d: ReturnType<typeof decide>) => (d.ok ? d.next : d.reason);

describe("taking and assigning", () => {
  it("a reviewer takes an open claim for themselves", () => {
    expect(next(decide(claim("OPEN"), { type: "take" }, reviewer, ON)))
      .toEqual({ status: "IN_PROGRESS", assigneeId: ME, verdictAuthorId: null, clearApproval: false });
  });
  it("taking a claim someone else holds is refused as taken_by_other", () => {
    const d = decide(claim("IN_PROGRESS", OTHER), { type: "take" }, editor, ON);
    expect(d).toMatchObject({ ok: false, reason: "taken_by_other" });
  });
  it("taking your own claim again is refused, so nothing is logged twice", () => {
    expect(refusal(decide(claim("IN_PROGRESS", ME), { type: "take" }, reviewer, ON))).toBe("already_assignee");
  });
  it("an in-progress claim whose assignee was deleted can be taken", () => {
    expect(next(decide(claim("IN_PROGRESS", null), { type: "take" }, reviewer, ON))).toMatchObject({ status: "IN_PROGRESS", assigneeId: ME });
  });
  it("an editor assigns an open claim to a reviewer, which puts it in progress", () => {
    const d = decide(claim("OPEN"), { type: "assign", assigneeId: OTHER, assigneeRole: "REVIEWER" }, editor, ON);
    expect(next(d)).toMatchObject({ status: "IN_PROGRESS", assigneeId: OTHER });
  });
  it("an editor reassigns a claim in progress, keeping it in progress", () => {
    const d = decide(claim("IN_PROGRESS", OTHER, OTHER), { type: "assign", assigneeId: THIRD, assigneeRole: "ADMIN" }, editor, ON);
    expect(next(d)).toEqual({ status: "IN_PROGRESS", assigneeId: THIRD, verdictAuthorId: OTHER, clearApproval: false });
  });
  it("claims cannot be assigned to a viewer, nobody, or their current assignee", () => {
    expect(refusal(decide(claim("OPEN"), { type: "assign", assigneeId: OTHER, assigneeRole: "VIEWER" }, admin, ON))).toBe("assignee_role_too_low");
    expect(refusal(decide(claim("OPEN"), { type: "assign", assigneeId: "", assigneeRole: "REVIEWER" }, admin, ON))).toBe("assignee_required");
    expect(refusal(decide(claim("IN_PROGRESS", OTHER), { type: "assign", assigneeId: OTHER, assigneeRole: "REVIEWER" }, admin, ON))).toBe("already_assignee");
  });
  it("a reviewer cannot assign, even to themselves", () => {
    expect(refusal(decide(claim("OPEN"), { type: "assign", assigneeId: ME, assigneeRole: "REVIEWER" }, reviewer, ON))).toBe("needs_editor");
  });
  it("only open or in-progress claims can be assigned", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", OTHER), { type: "assign", assigneeId: THIRD, assigneeRole: "REVIEWER" }, editor, ON))).toBe("wrong_status");
  });
});

describe("releasing", () => {
  it("the assignee releases their claim: open again, with no assignee", () => {
    expect(next(decide(claim("IN_PROGRESS", ME), { type: "release" }, reviewer, ON))).toMatchObject({ status: "OPEN", assigneeId: null });
  });
  it("an editor releases someone else's claim; another reviewer cannot", () => {
    expect(refusal(decide(claim("IN_PROGRESS", OTHER), { type: "release" }, editor, ON))).toBe("ok");
    expect(refusal(decide(claim("IN_PROGRESS", OTHER), { type: "release" }, reviewer, ON))).toBe("not_assignee");
  });
});

describe("proposing and editing a verdict", () => {
  it("the assignee proposes a verdict and becomes its author", () => {
    expect(next(decide(claim("IN_PROGRESS", ME), { type: "propose_verdict" }, reviewer, ON)))
      .toEqual({ status: "NEEDS_REVIEW", assigneeId: ME, verdictAuthorId: ME, clearApproval: false });
  });
  it("an editor may propose on someone else's claim, which stays theirs", () => {
    expect(next(decide(claim("IN_PROGRESS", OTHER), { type: "propose_verdict" }, editor, ON))).toMatchObject({ assigneeId: OTHER, verdictAuthorId: ME });
  });
  it("a reviewer who does not hold the claim cannot propose", () => {
    expect(refusal(decide(claim("IN_PROGRESS", OTHER), { type: "propose_verdict" }, reviewer, ON))).toBe("not_assignee");
  });
  it("an open claim must be taken before a verdict is proposed, even by an editor", () => {
    const d = decide(claim("OPEN"), { type: "propose_verdict" }, admin, ON);
    expect(d).toMatchObject({ ok: false, reason: "wrong_status", message: "Take this claim first, then propose a verdict." });
  });
  it("editing an approved or published verdict sends it back to review and clears the approval", () => {
    for (const status of ["APPROVED", "PUBLISHED"] as const) {
      expect(next(decide(claim(status, ME, OTHER), { type: "edit_verdict" }, reviewer, ON)))
        .toEqual({ status: "NEEDS_REVIEW", assigneeId: ME, verdictAuthorId: ME, clearApproval: true });
    }
  });
  it("editing during review keeps it in review, with the editor as author", () => {
    expect(next(decide(claim("NEEDS_REVIEW", ME, OTHER), { type: "edit_verdict" }, reviewer, ON)))
      .toEqual({ status: "NEEDS_REVIEW", assigneeId: ME, verdictAuthorId: ME, clearApproval: false });
  });
  it("whoever edits an approved verdict cannot then approve their own change", () => {
    const edited = decide(claim("APPROVED", OTHER, OTHER), { type: "edit_verdict" }, editor, ON);
    if (!edited.ok) throw new Error(edited.message);
    expect(refusal(decide({ ...edited.next }, { type: "approve" }, editor, ON))).toBe("own_verdict");
    expect(refusal(decide({ ...edited.next }, { type: "approve" }, { userId: OTHER, role: "REVIEWER" }, ON))).toBe("ok");
  });
  it("a draft in progress is proposed, not edited", () => {
    expect(refusal(decide(claim("IN_PROGRESS", ME, ME), { type: "edit_verdict" }, reviewer, ON))).toBe("wrong_status");
  });
});

describe("approving and sending back", () => {
  it("a second person approves a verdict under the two-person rule", () => {
    expect(next(decide(claim("NEEDS_REVIEW", OTHER, OTHER), { type: "approve" }, reviewer, ON))).toMatchObject({ status: "APPROVED" });
  });
  it("the author cannot approve their own verdict under the two-person rule", () => {
    const d = decide(claim("NEEDS_REVIEW", ME, ME), { type: "approve" }, admin, ON);
    expect(d).toEqual({ ok: false, reason: "own_verdict", message: "You wrote this verdict: a second person must approve it." });
  });
  it("with the two-person rule off, the author may approve their own verdict", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", ME, ME), { type: "approve" }, reviewer, OFF))).toBe("ok");
  });
  it("approving needs a verdict on record", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", OTHER, null), { type: "approve" }, reviewer, OFF))).toBe("no_verdict");
  });
  it("send back needs a reason", () => {
    for (const reason of ["", "  \n "]) {
      expect(refusal(decide(claim("NEEDS_REVIEW", OTHER, OTHER), { type: "send_back", reason }, reviewer, ON))).toBe("reason_required");
    }
  });
  it("sending back with a reason returns the claim to its assignee, in progress", () => {
    expect(next(decide(claim("NEEDS_REVIEW", OTHER, OTHER), { type: "send_back", reason: "Wrong year" }, reviewer, ON)))
      .toEqual({ status: "IN_PROGRESS", assigneeId: OTHER, verdictAuthorId: OTHER, clearApproval: false });
  });
  it("the author may withdraw their own verdict by sending it back", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", ME, ME), { type: "send_back", reason: "Found a new source" }, reviewer, ON))).toBe("ok");
  });
});

describe("publishing, dismissing and reopening", () => {
  it("an editor publishes an approved verdict; a reviewer cannot", () => {
    expect(next(decide(claim("APPROVED", OTHER, OTHER), { type: "publish" }, editor, ON))).toMatchObject({ status: "PUBLISHED", assigneeId: OTHER });
    expect(refusal(decide(claim("APPROVED", OTHER, OTHER), { type: "publish" }, reviewer, ON))).toBe("needs_editor");
  });
  it("only an approved verdict can be published", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", OTHER, OTHER), { type: "publish" }, admin, OFF))).toBe("wrong_status");
  });
  it("an editor dismisses an open or in-progress claim, which drops its assignee", () => {
    expect(next(decide(claim("OPEN"), { type: "dismiss" }, editor, ON))).toMatchObject({ status: "DISMISSED", assigneeId: null });
    expect(next(decide(claim("IN_PROGRESS", OTHER), { type: "dismiss" }, admin, ON))).toMatchObject({ status: "DISMISSED", assigneeId: null });
  });
  it("a claim under review cannot be dismissed, and a reviewer can dismiss nothing", () => {
    expect(refusal(decide(claim("NEEDS_REVIEW", OTHER, OTHER), { type: "dismiss" }, editor, ON))).toBe("wrong_status");
    expect(refusal(decide(claim("OPEN"), { type: "dismiss" }, reviewer, ON))).toBe("needs_editor");
  });
  it("an editor reopens a dismissed claim; nothing else can happen to it", () => {
    expect(next(decide(claim("DISMISSED"), { type: "reopen" }, editor, ON))).toMatchObject({ status: "OPEN", assigneeId: null });
    expect(allowedActions(claim("DISMISSED"), admin, ON)).toEqual(["reopen"]);
    expect(decide(claim("DISMISSED"), { type: "take" }, admin, ON)).toMatchObject({ message: "This claim was dismissed. An editor can reopen it." });
  });
});

describe("roles", () => {
  it("a viewer can change nothing", () => {
    for (const state of STATES) {
      for (const action of VARIANTS) expect(refusal(decide(state, action, viewer, OFF))).toBe("read_only");
      expect(allowedActions(state, viewer, OFF)).toEqual([]);
    }
  });
  it("the UI offers a reviewer only 'take' on an open claim, and an editor also assign and dismiss", () => {
    expect(allowedActions(claim("OPEN"), reviewer, ON)).toEqual(["take"]);
    expect(allowedActions(claim("OPEN"), editor, ON)).toEqual(["take", "assign", "dismiss"]);
  });
  it("the UI offers the assignee release and propose on a claim in progress", () => {
    expect(allowedActions(claim("IN_PROGRESS", ME), reviewer, ON)).toEqual(["release", "propose_verdict"]);
    expect(allowedActions(claim("IN_PROGRESS", OTHER), reviewer, ON)).toEqual([]);
  });
});
