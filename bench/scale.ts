/**
 * bench/scale: the desk's main reads at scale, on PostgreSQL. Builds (once) a
 * database of 50 workspaces, 1,000 members, 10,000 articles with 250,000
 * sentences and 1,000,000 claims (verdicts, evidence, comments, audit events)
 * with set-based SQL, then times, through the real procedures
 * (appRouter.createCaller, sequential, one at a time):
 *   (a) the article board (article.board, else article.get), (b) desk.myQueue,
 *   (c) claim.search with several queries, (d) claim.similar;
 * and prints EXPLAIN (ANALYZE, BUFFERS) of every statement each one runs,
 * captured from Prisma's query events. Target: p95 < 50 ms each.
 *
 * Run: npm run bench:scale [-- --fresh] [-- --samples 200] [-- --plans]
 * Env: BENCH_SCALE_URL (a database it may drop and recreate; default
 *      postgresql://postgres@127.0.0.1:5432/factdesk_scale). The board's
 *      in-process cache is off (FACTDESK_BOARD_CACHE=off) so every read hits the database.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { hashPassword } from "@/features/auth/password";
import { PrismaClient } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { openDatabase } from "@/server/db/open-database";
import { InProcessEventBus } from "@/server/realtime/event-bus";
import { ARTICLES, CLAIMS, generateScaleData, SCALE } from "./support/scale-data";
import { type Captured, explain, measure, parseParams, printTimings, type Timing } from "./support/scale-measure";

process.env.FACTDESK_BOARD_CACHE ??= "off";
const URL_ = process.env.BENCH_SCALE_URL ?? "postgresql://postgres@127.0.0.1:5432/factdesk_scale";
const { values: flags } = parseArgs({ options: { fresh: { type: "boolean" }, samples: { type: "string" }, plans: { type: "boolean" } } });
const SAMPLES = Number(flags.samples ?? 200);
const TARGET_MS = 50;
const BIG_TABLES = new Set(["Claim", "Sentence", "Verdict", "Evidence", "Comment", "AuditEvent", "Article"]);

async function holdsScaleData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM "Workspace")::int AS w, (SELECT count(*) FROM "Article")::int AS a, (SELECT count(*) FROM "Claim")::int AS c`);
    return rows[0].w === SCALE.workspaces && rows[0].a === ARTICLES && rows[0].c === CLAIMS;
  } catch {
    return false; // no tables yet
  } finally {
    await client.end();
  }
}

/** (Re)creates the database unless it already holds the data set; true when it must be filled. */
async function recreateUnlessFilled(url: string): Promise<boolean> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).href });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    if (exists && !flags.fresh && (await holdsScaleData(url))) return false;
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await admin.end();
  }
}

const fill = await recreateUnlessFilled(URL_);
const database = await openDatabase({ kind: "postgres", url: URL_ }); // applies the migrations
if (fill) {
  console.log(`Generating ${SCALE.workspaces} workspaces, ${ARTICLES} articles, ${CLAIMS} claims in ${new URL(URL_).pathname.slice(1)}:`);
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  await generateScaleData(client, await hashPassword("scale-password-1")).finally(() => client.end());
  console.log(`Generated in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
} else {
  console.log(`${new URL(URL_).pathname.slice(1)} already holds the data set: generation skipped (--fresh regenerates).`);
}
const { rows: counts } = await database.pool!.query(
  `SELECT relname AS t, n_live_tup AS n FROM pg_stat_user_tables WHERE relname IN ('User','Article','Sentence','Claim','Verdict','Evidence','Comment','AuditEvent') ORDER BY relname`,
);
console.log(`Rows (estimates): ${counts.map((r) => `${r.t} ${Number(r.n).toLocaleString("en")}`).join(", ")}\n`);

// The procedures, called as the app calls them, on a client whose statements can be captured.
const prisma = new PrismaClient({ adapter: new PrismaPg(database.pool!), log: [{ emit: "event", level: "query" }] });
let capture: Captured[] | null = null;
prisma.$on("query", (e) => capture?.push({ sql: e.query, params: parseParams(e.params) }));
const { appRouter, createCaller } = await import("@/server/api/root");
const bus = new InProcessEventBus();
type Call = (input: Record<string, unknown>) => Promise<unknown>;
const procedure = (userId: string, path: string): Call => {
  const caller = createCaller({ db: prisma as unknown as Db, userId, ip: "203.0.113.7", bus });
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Call;
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const wsId = (w: number) => `scale-ws-${pad(w, 3)}`;
const reviewer = (w: number, i: number) => `scale-u-${pad(w, 3)}-${pad(7 + (i % 10), 2)}`;
/** The i-th sample's article, spread over every workspace; its claims are scale-c-<a>-<sentence>-<variant>. */
const articleOf = (i: number) => ((i * 7919) % ARTICLES) + 1;
const wsOfArticle = (a: number) => Math.floor((a - 1) / SCALE.articlesPerWorkspace) + 1;
const boardPath = "article.board" in appRouter._def.procedures ? "article.board" : "article.get";
const QUERIES = ["Kunduz", "mosque bombing", "1,500", "displaced in Herat", "Kundoz", "خانواده", "reported missing"];

type Scenario = { name: string; call: (i: number) => Promise<unknown> };
const scenarios: Scenario[] = [
  { name: `(a) ${boardPath}`, call: (i) => { const a = articleOf(i), w = wsOfArticle(a); return procedure(reviewer(w, i), boardPath)({ workspaceId: wsId(w), articleId: `scale-a-${pad(a, 6)}` }); } },
  { name: "(b) desk.myQueue", call: (i) => { const w = (i % SCALE.workspaces) + 1; return procedure(reviewer(w, i), "desk.myQueue")({ workspaceId: wsId(w) }); } },
  ...QUERIES.map((query) => ({
    name: `(c) claim.search "${query}"`,
    call: (i: number) => { const w = (i % SCALE.workspaces) + 1; return procedure(reviewer(w, i), "claim.search")({ workspaceId: wsId(w), query }); },
  })),
  {
    name: "(d) claim.similar",
    call: (i) => { const a = articleOf(i), w = wsOfArticle(a); return procedure(reviewer(w, i), "claim.similar")({ workspaceId: wsId(w), claimId: `scale-c-${a}-${i % 25}-${i % 4}` }); },
  },
];

const timings: Timing[] = [];
for (const s of scenarios) timings.push(await measure(s.name, SAMPLES, s.call));
const { rows: [server] } = await database.pool!.query(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb`);
console.log(`Latency through appRouter.createCaller (sequential, ${SAMPLES} samples each after 20 warm-up calls; PostgreSQL ${server.v}, shared_buffers ${server.sb};`);
console.log(`  ${os.cpus().length} CPUs, load average while measuring ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min)):`);
printTimings(timings, TARGET_MS);

console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of every statement each procedure runs (one call, captured from Prisma):`);
const explainer = new pg.Client({ connectionString: URL_ });
await explainer.connect();
const bigSeqScans: string[] = [];
for (const s of scenarios) {
  capture = [];
  await s.call(12_345);
  const statements: Captured[] = capture.filter((q: Captured) => /^\s*(SELECT|WITH)\b/i.test(q.sql));
  capture = null;
  console.log(`  ${s.name}`);
  for (const q of statements) {
    const showPlan = !!flags.plans || (s.name.includes("claim.s") && /similarity/.test(q.sql));
    const { line, seqScans } = await explain(explainer, q, showPlan);
    console.log(`    ${line}`);
    bigSeqScans.push(...seqScans.filter((t) => BIG_TABLES.has(t)).map((t) => `${s.name}: ${t}`));
  }
}
await explainer.end();
console.log(bigSeqScans.length ? `\nSequential scans of large tables: ${bigSeqScans.join("; ")}` : "\nNo sequential scan of a large table in any plan.");
const missed = timings.filter((t) => t.p95 >= TARGET_MS);
console.log(missed.length ? `${missed.length} procedure(s) miss p95 < ${TARGET_MS} ms.` : `Every procedure is under p95 ${TARGET_MS} ms.`);
await prisma.$disconnect();
await database.close();
process.exit(0);
