/**
 * fault:pg-restart: PostgreSQL stopped and restarted under a write load.
 *
 * On a private PostgreSQL cluster (never the shared one), `next start` serves
 * 10 clients adding comments through the real tRPC endpoint, each comment with
 * its own marker text. After 3 s PostgreSQL is stopped for 5 s, then started
 * again, and the load runs 5 s more. Every request is recorded; then each
 * acknowledged comment is looked up in the database. Proves: nothing
 * acknowledged is lost, the outage is answered 503 with a clear message and
 * quickly, and the same app process recovers by itself once PostgreSQL is back.
 *
 * Run: npm run build && npm run fault:pg-restart
 * Env: FAULT_CLIENTS (10), FAULT_PG_STOP_MODE (fast | immediate; default fast), FAULT_OUTAGE_MS (5000)
 */
import os from "node:os";
import path from "node:path";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/server/api/errors";
import { openDatabase } from "@/server/db/open-database";
import { signInCookie } from "../support/app-server";
import { buildUnchanged, requireBuild, startAppProcess } from "./support/app-process";
import { createFaultDesk, FAULT_PASSWORD } from "./support/fault-desk";
import { freePort, startPrivatePostgres } from "./support/private-postgres";
import { ms, printReport } from "./support/report";
import { type CallResult, callProcedure, percentile, sleep } from "./support/trpc-http";

requireBuild();
const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 10);
const STOP_MODE = process.env.FAULT_PG_STOP_MODE === "immediate" ? "immediate" : "fast";
const [BEFORE_MS, OUTAGE_MS, AFTER_MS] = [3_000, Number(process.env.FAULT_OUTAGE_MS ?? 5_000), 5_000];
// A pause between one client's requests: keeps the outage's instant 503s from flooding two cores.
const THINK_MS = 20;
// While PostgreSQL is down a refusal must come within the pool's connect timeout (5 s), plus slack.
const FAIL_FAST_MS = 6_000;
// Once PostgreSQL accepts connections again, writes must succeed within this, with no restart.
const RECOVERY_LIMIT_MS = 10_000;

type Sent = { marker: string; start: number; end: number; result: CallResult };

const logFile = path.join(os.tmpdir(), `factdesk-fault-pg-restart-${Date.now()}.log`);
console.log(`Private PostgreSQL cluster, app log in ${logFile}`);
const cluster = await startPrivatePostgres(5499);
const url = await cluster.createDatabase("factdesk_fault");
const seeding = await openDatabase({ kind: "postgres", url });
const desk = await createFaultDesk(seeding.prisma, CLIENTS);
await seeding.close();
const app = await startAppProcess(await freePort(3311), { DATABASE_URL: url }, logFile);
const cookies = await Promise.all(desk.reviewers.map((r) => signInCookie(app.url, r.email, FAULT_PASSWORD)));
console.log(`PostgreSQL on port ${cluster.port}, app (pid ${app.pid}) on ${app.url}; ${CLIENTS} clients adding comments…`);

const t0 = performance.now();
const now = () => performance.now() - t0;
const sent: Sent[] = [];
const health: { at: number; status: number }[] = [];
let stopping = false;

async function client(c: number) {
  for (let i = 0; !stopping; i++) {
    const marker = `fault ${desk.runId} c${c} #${i}`;
    const start = now();
    const input = { workspaceId: desk.workspaceId, claimId: desk.claimIds[c], body: marker };
    const result = await callProcedure(app.url, "comment.add", input, { cookie: cookies[c]!, type: "mutation" });
    sent.push({ marker, start, end: now(), result });
    await sleep(THINK_MS);
  }
}

async function pollHealth() {
  while (!stopping) {
    const at = now();
    health.push({ at, status: await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0) });
    await sleep(250);
  }
}

const load = Promise.all([...desk.claimIds.map((_, c) => client(c)), pollHealth()]);
await sleep(BEFORE_MS);
const stopIssued = now();
await cluster.stop(STOP_MODE);
const down = now();
console.log(`PostgreSQL stopped (${STOP_MODE}) at ${ms(down)}`);
await sleep(OUTAGE_MS);
const startIssued = now();
await cluster.start();
const up = now();
console.log(`PostgreSQL accepting connections again at ${ms(up)}`);
await sleep(AFTER_MS);
stopping = true;
await load;

// What the database holds now, read directly, not through the app.
const verifier = await openDatabase({ kind: "postgres", url }, { migrate: false });
const stored = await verifier.prisma.comment.findMany({ where: { claim: { workspaceId: desk.workspaceId } }, select: { id: true, body: true } });
const audits = await verifier.prisma.auditEvent.findMany({ where: { workspaceId: desk.workspaceId, action: "comment.added" }, select: { entityId: true } });
await verifier.close();

const bodyById = new Map(stored.map((c) => [c.id, c.body]));
const storedMarkers = new Set(stored.map((c) => c.body));
const auditsPerComment = new Map<string, number>();
for (const a of audits) auditsPerComment.set(a.entityId, (auditsPerComment.get(a.entityId) ?? 0) + 1);

const acked = sent.filter((s) => s.result.kind === "ack");
const present = acked.filter((s) => bodyById.get((s.result as { data: { id: string } }).data.id) === s.marker);
const refused = sent.filter((s): s is Sent & { result: Extract<CallResult, { kind: "refused" }> } => s.result.kind === "refused");
const unknown = sent.filter((s) => s.result.kind === "unknown");
// A request overlapping the outage: answered after the stop began, sent before PostgreSQL was back.
const inOutage = (s: Sent) => s.end >= stopIssued && s.start <= up;
const outageRefusals = refused.filter(inOutage);
const clear = outageRefusals.filter((s) => s.result.status === 503 && s.result.message === DATABASE_UNAVAILABLE_MESSAGE);
const withRetryAfter = clear.filter((s) => s.result.retryAfter !== null && Number(s.result.retryAfter) > 0);
const refusalMs = outageRefusals.map((s) => s.result.ms);
const byAnswer = new Map<string, number>();
for (const s of refused) {
  const key = `${s.result.status} ${s.result.message === DATABASE_UNAVAILABLE_MESSAGE ? "(the clear message)" : s.result.message.slice(0, 60)}`;
  byAnswer.set(key, (byAnswer.get(key) ?? 0) + 1);
}
const firstAckAfterUp = Math.min(...acked.filter((s) => s.end > up).map((s) => s.end));
const healthDown = health.filter((h) => h.at >= down && h.at < startIssued);
const healthUp = health.find((h) => h.at >= up && h.status === 200);
const oneAudit = stored.filter((c) => auditsPerComment.get(c.id) === 1).length;
const orphanAudits = audits.filter((a) => !bodyById.has(a.entityId)).length;
const phase = (from: number, to: number) => sent.filter((s) => s.start >= from && s.start < to).length;

const passed = printReport(`fault:pg-restart: PostgreSQL stopped (${STOP_MODE}) and restarted under ${CLIENTS} writing clients`, [
  { measure: "PostgreSQL down (stop → accepting again)", value: `${ms(up - stopIssued)} (of which starting: ${ms(up - startIssued)})` },
  { measure: "requests sent (before / outage / after)", value: `${sent.length} (${phase(0, stopIssued)} / ${phase(stopIssued, up)} / ${phase(up, Infinity)})` },
  { measure: "acknowledged (2xx with the comment id)", value: acked.length },
  { measure: "acknowledged and present after restart", value: present.length },
  { measure: "LOST (acknowledged, not in the database)", value: acked.length - present.length, pass: acked.length === present.length && acked.length > 0 },
  ...[...byAnswer].map(([answer, count]) => ({ measure: `refused: ${answer}`, value: count })),
  { measure: "refused during the outage with 503 + the clear message", value: `${clear.length} of ${outageRefusals.length}`, pass: outageRefusals.length > 0 && clear.length === outageRefusals.length },
  { measure: "those 503s saying when to retry (Retry-After)", value: `${withRetryAfter.length} of ${clear.length}`, pass: withRetryAfter.length === clear.length },
  { measure: "refused but saved anyway (outcome was unknown)", value: refused.filter((s) => storedMarkers.has(s.marker)).length },
  { measure: "no answer at all (timeout / connection error)", value: unknown.length, pass: unknown.length === 0 },
  { measure: "refusal latency in the outage p95 / max", value: `${ms(percentile(refusalMs, 95))} / ${ms(Math.max(...refusalMs))}`, pass: Math.max(...refusalMs) < FAIL_FAST_MS },
  { measure: "acknowledged latency p95 / max", value: `${ms(percentile(acked.map((s) => s.result.ms), 95))} / ${ms(Math.max(...acked.map((s) => s.result.ms)))}` },
  { measure: "/api/health while down (503 / other)", value: `${healthDown.filter((h) => h.status === 503).length} / ${healthDown.filter((h) => h.status !== 503).length}`, pass: healthDown.length > 0 && healthDown.every((h) => h.status === 503) },
  { measure: "/api/health 200 again after PostgreSQL back", value: healthUp ? `+${ms(healthUp.at - up)}` : "never", pass: !!healthUp },
  { measure: "PostgreSQL back → first acknowledged write", value: Number.isFinite(firstAckAfterUp) ? `+${ms(firstAckAfterUp - up)}` : "never", pass: firstAckAfterUp - up < RECOVERY_LIMIT_MS },
  { measure: "same app process before and after", value: app.alive() ? `yes (pid ${app.pid}, never restarted)` : "no: it exited", pass: app.alive() },
  { measure: "comments with exactly one audit row", value: `${oneAudit} of ${stored.length}`, pass: oneAudit === stored.length },
  { measure: "comment.added audit rows without their comment", value: orphanAudits, pass: orphanAudits === 0 },
  { measure: "build in .next unchanged during the drill", value: buildUnchanged() ? "yes" : "no: rebuilt meanwhile, run again", pass: buildUnchanged() },
]);

await app.kill("SIGTERM");
cluster.destroy();
console.log(passed ? "PASS" : `FAIL (app log: ${logFile})`);
process.exit(passed ? 0 : 1);
