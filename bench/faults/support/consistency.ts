import type { Db } from "@/server/db";
import { type Ack, AUDIT_ACTION, type Unanswered } from "./claim-workload";
import type { FaultDesk } from "./fault-desk";
import type { ReportRow } from "./report";

type Snapshot = { status?: string; assignee?: { id: string } | null } | null;
type TrailRow = { action: string; before: Snapshot; after: Snapshot };

/**
 * Checks, on the database as a killed server left it, the invariants that hold
 * in this codebase because each write is one transaction:
 * - every claim-changing write (take, release, verdict propose and send back)
 *   bumps claim.version by one and records one audit row (apply-action.ts), so
 *   version = 1 + the claim's workflow audit rows, and the k-th of those rows
 *   is the write that produced version k + 1;
 * - the audit rows chain: each one's `before` is the previous one's `after`,
 *   and the last `after` is the claim's status and holder now;
 * - the verdict is created by the first proposal and its version bumped by
 *   every later proposal and send-back (verdicts.ts);
 * - a proposal notifies the desk's one editor, a send-back the verdict's author
 *   (notify.ts): one notification row each, in the same transaction;
 * - a comment and its `comment.added` audit row exist together (comments.ts).
 * The drill's claims start at version 1 with no audit rows (fault-desk.ts),
 * and nothing else writes to them while it runs. The version rule is not true
 * of every claim in general: replacing an article's text or removing a member
 * bumps many claims' versions under one article- or membership-level audit row.
 */
export async function checkConsistency(db: Db, desk: FaultDesk, acks: Ack[], unanswered: Unanswered[]): Promise<ReportRow[]> {
  const ws = desk.workspaceId;
  const claims = await db.claim.findMany({ where: { workspaceId: ws }, select: { id: true, status: true, assigneeId: true, version: true, verdict: { select: { version: true } } } });
  const audit = await db.auditEvent.findMany({ where: { workspaceId: ws }, orderBy: { seq: "asc" }, select: { action: true, entityId: true, claimId: true, before: true, after: true } });
  const comments = await db.comment.findMany({ where: { claim: { workspaceId: ws } }, select: { id: true, body: true } });
  const notifications = await db.notification.findMany({ where: { workspaceId: ws }, select: { claimId: true, kind: true } });

  const trails = new Map<string, TrailRow[]>(claims.map((c) => [c.id, []]));
  for (const row of audit) if (row.action !== "comment.added" && row.claimId) trails.get(row.claimId)?.push(row as TrailRow);
  const count = <T>(items: T[], match: (item: T) => boolean) => items.filter(match).length;

  let versionOk = 0, chainOk = 0, verdictOk = 0, notifyOk = 0;
  for (const claim of claims) {
    const trail = trails.get(claim.id)!;
    if (claim.version === 1 + trail.length) versionOk++;
    let [status, holder] = ["OPEN", null as string | null];
    let chained = true;
    for (const row of trail) {
      chained &&= row.before?.status === status && (row.before?.assignee?.id ?? null) === holder;
      [status, holder] = [row.after?.status ?? "?", row.after?.assignee?.id ?? null];
    }
    if (chained && claim.status === status && claim.assigneeId === holder) chainOk++;
    const proposals = count(trail, (r) => r.action === AUDIT_ACTION.propose);
    const sendBacks = count(trail, (r) => r.action === AUDIT_ACTION.sendBack);
    if ((claim.verdict?.version ?? 0) === (proposals === 0 ? 0 : proposals + sendBacks)) verdictOk++;
    const notes = (kind: string) => count(notifications, (n) => n.claimId === claim.id && n.kind === kind);
    if (notes("REVIEW_REQUESTED") === proposals && notes("VERDICT_SENT_BACK") === sendBacks) notifyOk++;
  }

  const claimAcks = acks.filter((a) => a.action !== "comment");
  const claimAcksPresent = count(claimAcks, (a) => trails.get(a.claimId)?.[a.version! - 2]?.action === AUDIT_ACTION[a.action as keyof typeof AUDIT_ACTION]);
  const bodyById = new Map(comments.map((c) => [c.id, c.body]));
  const commentAcks = acks.filter((a) => a.action === "comment");
  const commentAcksPresent = count(commentAcks, (a) => bodyById.get(a.commentId!) === a.marker);
  const commentAudits = audit.filter((a) => a.action === "comment.added");
  const oneAudit = count(comments, (c) => count(commentAudits, (a) => a.entityId === c.id) === 1);
  const orphanAudits = count(commentAudits, (a) => !bodyById.has(a.entityId));
  const markers = new Set(comments.map((c) => c.body));
  const unansweredComments = unanswered.filter((u) => u.marker);
  const lost = claimAcks.length - claimAcksPresent + commentAcks.length - commentAcksPresent;
  const all = claims.length;

  const byAction = (["take", "comment", "propose", "sendBack", "release"] as const).map((a) => `${a} ${count(acks, (x) => x.action === a)}`).join(", ");
  return [
    { measure: "writes acknowledged", value: `${acks.length} (${byAction})`, pass: acks.length > 0 },
    { measure: "acknowledged and present after the kills", value: claimAcksPresent + commentAcksPresent },
    { measure: "LOST (acknowledged, not in the database)", value: lost, pass: lost === 0 },
    { measure: "in flight at a kill (outcome unknown)", value: `${unanswered.length}, of which comments ${unansweredComments.length} (${count(unansweredComments, (u) => markers.has(u.marker!))} committed)` },
    { measure: "claims: version = 1 + workflow audit rows", value: `${versionOk} of ${all}`, pass: versionOk === all },
    { measure: "claims: audit chain replays to status + holder", value: `${chainOk} of ${all}`, pass: chainOk === all },
    { measure: "claims: verdict version = proposals + send-backs", value: `${verdictOk} of ${all}`, pass: verdictOk === all },
    { measure: "claims: one notification per proposal/send-back", value: `${notifyOk} of ${all}`, pass: notifyOk === all },
    { measure: "comments with exactly one audit row", value: `${oneAudit} of ${comments.length}`, pass: oneAudit === comments.length },
    { measure: "comment.added audit rows without their comment", value: orphanAudits, pass: orphanAudits === 0 },
  ];
}
