/**
 * fault:app-kill: the app server SIGKILLed in the middle of writes, on
 * PostgreSQL (a private cluster) and on the embedded database (a temp folder).
 *
 * 10 clients walk their claims round the workflow through the HTTP API (take,
 * comment, propose a verdict, send it back, release). After every 40
 * acknowledged writes the server is killed with SIGKILL, with requests in
 * flight and no chance to clean up, and started again on the same data; the
 * last kill is not followed by a restart. Then the database is
 * opened directly (for the embedded one: by a new process-level opener, which
 * must detect the dead server's lock as stale) and checked: every acknowledged
 * write is there, and no change is half-written (see support/consistency.ts).
 *
 * Run: npm run build && npm run fault:app-kill
 * Env: FAULT_DB (postgres,embedded), FAULT_CLIENTS (10), FAULT_KILLS (3), FAULT_WRITES_PER_ROUND (40)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/server/db/open-database";
import type { DatabaseConfig } from "@/server/db/config";
import { signInCookie } from "../support/app-server";
import { type AppProcess, buildUnchanged, requireBuild, startAppProcess } from "./support/app-process";
import { startClaimWorkload } from "./support/claim-workload";
import { checkConsistency } from "./support/consistency";
import { createFaultDesk, FAULT_PASSWORD } from "./support/fault-desk";
import { freePort, type PrivatePostgres, startPrivatePostgres } from "./support/private-postgres";
import { ms, printReport, type ReportRow } from "./support/report";
import { sleep } from "./support/trpc-http";

requireBuild();
const MODES = (process.env.FAULT_DB ?? "postgres,embedded").split(",").map((m) => m.trim());
const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 10);
const KILLS = Math.max(1, Number(process.env.FAULT_KILLS ?? 3));
// Kill once this many writes were acknowledged since the (re)start: a cold server is slow for its first
// requests, so a fixed interval would kill it before it does much. All clients are mid-request at any moment.
const WRITES_PER_ROUND = Number(process.env.FAULT_WRITES_PER_ROUND ?? 40);
const logFile = path.join(os.tmpdir(), `factdesk-fault-app-kill-${Date.now()}.log`);
console.log(`App log in ${logFile}`);

let cluster = null as PrivatePostgres | null; // started by the first postgres drill

/** Where a mode's data lives: the app's environment, and the same database as a config for opening it directly. */
async function prepare(mode: string): Promise<{ env: Record<string, string>; config: DatabaseConfig; lockFile?: string }> {
  if (mode === "postgres") {
    cluster ??= await startPrivatePostgres(5499);
    const url = await cluster.createDatabase(`factdesk_kill_${Date.now()}`);
    return { env: { DATABASE_URL: url }, config: { kind: "postgres", url } };
  }
  if (mode === "embedded") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-fault-embedded-"));
    process.once("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
    return { env: { DATABASE_URL: "", FACTDESK_DATA_DIR: dataDir }, config: { kind: "embedded", dataDir }, lockFile: path.join(dataDir, "factdesk.lock") };
  }
  throw new Error(`FAULT_DB: unknown mode "${mode}" (postgres or embedded)`);
}

/** The PID recorded in the embedded database's lock file, or null if there is none. */
function lockHolder(lockFile: string | undefined): number | null {
  if (!lockFile || !fs.existsSync(lockFile)) return null;
  return (JSON.parse(fs.readFileSync(lockFile, "utf8")) as { pid: number }).pid;
}

async function drill(mode: string): Promise<boolean> {
  const { env, config, lockFile } = await prepare(mode);
  const seeding = await openDatabase(config);
  const desk = await createFaultDesk(seeding.prisma, CLIENTS);
  await seeding.close();
  const port = await freePort(3311);
  let app: AppProcess = await startAppProcess(port, env, logFile);
  const editor = await signInCookie(app.url, desk.editor.email, FAULT_PASSWORD);
  const reviewers = await Promise.all(desk.reviewers.map((r) => signInCookie(app.url, r.email, FAULT_PASSWORD)));
  console.log(`[${mode}] app pid ${app.pid} on ${app.url}; ${CLIENTS} clients writing, SIGKILL after every ${WRITES_PER_ROUND} acknowledged writes, ${KILLS} times`);
  const workload = startClaimWorkload(app.url, desk, { editor, reviewers });

  const rows: ReportRow[] = [];
  const restarts: number[] = [];
  let staleLocksTakenOver = 0;
  const perRound: number[] = [];
  for (let kill = 1; kill <= KILLS; kill++) {
    const [before, since] = [workload.acks.length, performance.now()];
    while (workload.acks.length < before + WRITES_PER_ROUND && performance.now() - since < 60_000) await sleep(20);
    perRound.push(workload.acks.length - before);
    const inFlight = workload.inFlight();
    const killed = app.pid;
    await app.kill("SIGKILL");
    console.log(`[${mode}] kill ${kill}: SIGKILL pid ${killed} with ${inFlight} requests in flight`);
    if (kill === KILLS) break;
    // The dead server's lock is still in the folder: the new one must see that its holder is gone and take it over.
    const stale = lockHolder(lockFile) === killed;
    app = await startAppProcess(port, env, logFile);
    restarts.push(app.startMs);
    if (stale && lockHolder(lockFile) === app.pid) staleLocksTakenOver++;
  }
  await workload.stop();

  // Open the data the last killed server left, as the next start (or a backup) would.
  const staleAtOpen = lockHolder(lockFile);
  const opening = performance.now();
  const database = await openDatabase(config, { migrate: false });
  const openMs = performance.now() - opening;
  try {
    rows.push(
      { measure: "SIGKILLs / restarts on the same data", value: `${KILLS} / ${restarts.length}` },
      { measure: "writes acknowledged before each kill", value: perRound.join(", "), pass: perRound.every((n) => n >= WRITES_PER_ROUND) },
      { measure: "restart to healthy (each)", value: restarts.map(ms).join(", ") || "n/a", pass: restarts.length === KILLS - 1 },
    );
    if (lockFile) {
      rows.push(
        { measure: "stale lock of the killed server taken over on restart", value: `${staleLocksTakenOver} of ${restarts.length}`, pass: staleLocksTakenOver === restarts.length },
        { measure: "folder opened cleanly after the last kill", value: `yes, in ${ms(openMs)} (stale lock of pid ${staleAtOpen} taken over)`, pass: staleAtOpen !== null },
      );
    }
    const refusals = [...workload.refusals].map(([what, n]) => `${what} ×${n}`).join("; ");
    rows.push({ measure: "requests refused by the app", value: refusals || "none" });
    rows.push(...(await checkConsistency(database.prisma, desk, workload.acks, workload.unanswered)));
    rows.push({ measure: "build in .next unchanged during the drill", value: buildUnchanged() ? "yes" : "no: rebuilt meanwhile, run again", pass: buildUnchanged() });
  } finally {
    await database.close();
  }
  return printReport(`fault:app-kill [${mode}]: ${CLIENTS} writing clients, ${KILLS} SIGKILLs`, rows);
}

let passed = true;
for (const mode of MODES) passed = (await drill(mode)) && passed;
cluster?.destroy();
console.log(passed ? "PASS" : `FAIL (app log: ${logFile})`);
process.exit(passed ? 0 : 1);
