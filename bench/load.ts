/**
 * bench/load: throughput and latency of the app under 50 concurrent
 * connections, against `next start` on the embedded database and on
 * PostgreSQL, each scenario run right next to its baseline — a bare route
 * handler returning JSON of the same size without touching the database (the
 * ceiling the framework allows on this machine):
 *   (a) the article board read (article.board: 200 claims with assignees, statuses, verdicts, counts),
 *   (b) taking and releasing claims, (c) adding a comment, (d) the public summary page.
 * Targets: board read p95 < 50 ms at 50 connections on PostgreSQL, and at least half the baseline's throughput.
 *
 * Run: npm run build && npm run bench:load
 * Env: BENCH_DURATION_MS (default 10000 per run, after BENCH_WARMUP_MS 3000 of warm-up), BENCH_CONNECTIONS (50), BENCH_PG_URL (a database it may drop and recreate), BENCH_DB=embedded|postgres|both,
 *      BENCH_ONLY=abcd (a subset of the scenarios), BENCH_RATE (200,400: the board read again at these steady rates), FACTDESK_BOARD_CACHE=off (passed to the app: every board read goes to the database)
 */
import fs from "node:fs";
import pg from "pg";
import { openDatabase } from "@/server/db/open-database";
import { startApp, signInCookie } from "./support/app-server";
import { BENCH_PASSWORD, createBenchDesk } from "./support/bench-data";
import { type LoadRequest, type LoadResult, runLoad } from "./support/load-generator";

const DURATION = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP_MS ?? 3_000);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/factdesk_load";
const WHICH = process.env.BENCH_DB ?? "both";
/** e.g. BENCH_ONLY=ad: only the board read and the public page. */
const ONLY = process.env.BENCH_ONLY;
/** The board read is also measured at these fixed arrival rates (requests per second over all connections); "" skips it. */
const RATES = (process.env.BENCH_RATE ?? "200,400").split(",").map(Number).filter((n) => n > 0);

type Desk = Awaited<ReturnType<typeof createBenchDesk>>;
const trpcGet = (path: string, input: unknown) => `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
const trpcPost = (path: string, input: unknown, cookie: string): LoadRequest => ({
  method: "POST", path: `/api/trpc/${path}`, headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ json: input }),
});

async function scenarios(url: string, desk: Desk) {
  const editorCookie = await signInCookie(url, desk.editor.email, BENCH_PASSWORD);
  const reviewerCookie = await signInCookie(url, desk.reviewers[0]!.email, BENCH_PASSWORD);
  const ws = desk.workspace.id;
  // Each connection owns one open claim and alternates take / release, carrying the version. What it holds is
  // tracked from the answers (not from the request count), so it stays right across the warm-up and measured runs.
  const holding = new Map<number, { held: boolean; version: number }>();
  return [
    { name: "(a) board read", next: (): LoadRequest => ({ method: "GET", path: trpcGet("article.board", { workspaceId: ws, articleId: desk.article.id }), headers: { cookie: editorCookie } }) },
    {
      name: "(b) take + release",
      next: (c: number): LoadRequest => {
        const claimId = desk.openClaims[c % desk.openClaims.length]!;
        const state = holding.get(c);
        return state?.held ? trpcPost("claim.release", { workspaceId: ws, claimId, version: state.version }, reviewerCookie) : trpcPost("claim.take", { workspaceId: ws, claimId }, reviewerCookie);
      },
      onResponse: (c: number, status: number, body: string) => {
        if (status !== 200) return;
        const version = (JSON.parse(body) as { result?: { data?: { json?: { version?: number } } } }).result?.data?.json?.version ?? 1;
        holding.set(c, { held: !(holding.get(c)?.held ?? false), version });
      },
    },
    { name: "(c) add comment", next: (c: number, i: number) => trpcPost("comment.add", { workspaceId: ws, claimId: desk.allClaims[(c * 7 + i) % desk.allClaims.length], body: `Load comment ${c}-${i}` }, reviewerCookie) },
    { name: "(d) public summary", next: (): LoadRequest => ({ method: "GET", path: `/s/${desk.slug}` }) },
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;

async function benchDatabase(label: string, port: number, env: Record<string, string>, prepare: () => Promise<Desk>) {
  const desk = await prepare();
  const app = await startApp(port, env);
  const rows = [];
  try {
    for (const s of (await scenarios(app.url, desk)).filter((x) => !ONLY || ONLY.includes(x.name.slice(1, 2)))) {
      const onResponse = "onResponse" in s ? s.onResponse : undefined;
      // Each run starts after a warm-up at the same load (JIT, connection pools, caches), then measures.
      await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: WARMUP, next: s.next, onResponse });
      const result: LoadResult = await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: DURATION, next: s.next, onResponse });
      const bytes = Math.max(2, Math.round(result.meanBytes));
      const echo = (): LoadRequest => ({ method: "GET", path: `/api/bench/echo?bytes=${bytes}` });
      await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: WARMUP, next: echo });
      const baseline = await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: DURATION, next: echo });
      rows.push({
        db: label, scenario: s.name, "req/s": round(result.rps), "p50 ms": round(result.p50), "p95 ms": round(result.p95), "p99 ms": round(result.p99),
        errors: result.errors + result.non2xx, "resp KB": round(bytes / 1024), "baseline req/s": round(baseline.rps), "baseline p95 ms": round(baseline.p95), ratio: Number((result.rps / baseline.rps).toFixed(2)),
      });
      console.log(JSON.stringify(rows.at(-1)));
      for (const [kind, n] of result.errorKinds) console.log(`  ${n} × ${kind}`);
      for (const rate of s.name.startsWith("(a)") ? RATES : []) {
        // The same read at a steady rate from the same 50 connections: what a busy desk's viewers put on a server.
        const at = await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: DURATION, next: s.next, ratePerSecond: rate });
        const echoAt = await runLoad({ baseUrl: app.url, connections: CONNECTIONS, durationMs: DURATION, next: echo, ratePerSecond: rate });
        rows.push({
          db: label, scenario: `(a) board read at ${rate}/s`, "req/s": round(at.rps), "p50 ms": round(at.p50), "p95 ms": round(at.p95), "p99 ms": round(at.p99),
          errors: at.errors + at.non2xx, "resp KB": round(bytes / 1024), "baseline req/s": round(echoAt.rps), "baseline p95 ms": round(echoAt.p95), ratio: Number((at.rps / echoAt.rps).toFixed(2)),
        });
        console.log(JSON.stringify(rows.at(-1)));
      }
    }
  } finally {
    await app.stop();
  }
  return rows;
}

const rows = [];
if (WHICH !== "postgres") {
  const dataDir = "/tmp/factdesk-load-embedded";
  fs.rmSync(dataDir, { recursive: true, force: true });
  rows.push(...(await benchDatabase("embedded", 3301, { FACTDESK_DATA_DIR: dataDir, DATABASE_URL: "" }, async () => {
    const database = await openDatabase({ kind: "embedded", dataDir });
    try {
      return await createBenchDesk(database.prisma);
    } finally {
      await database.close();
    }
  })));
}
if (WHICH !== "embedded") {
  const target = new URL(PG_URL);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(PG_URL), { pathname: "/postgres" }).href });
  await admin.connect();
  const name = target.pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  rows.push(...(await benchDatabase("postgres", 3302, { DATABASE_URL: PG_URL }, async () => {
    const database = await openDatabase({ kind: "postgres", url: PG_URL });
    try {
      return await createBenchDesk(database.prisma);
    } finally {
      await database.close();
    }
  })));
}
console.table(rows);
console.log(`${CONNECTIONS} connections, ${DURATION / 1000} s per run after ${WARMUP / 1000} s of warm-up; baseline = bare route handler returning JSON of the same size.`);
console.log(`Rows "at N/s": requests sent on a fixed schedule over the same connections, latency counted from each one's scheduled time.`);
console.log("Targets: board read p95 < 50 ms on PostgreSQL at 50 connections; at least half the baseline's throughput.");
