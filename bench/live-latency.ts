/**
 * bench/live-latency: how long after a change commits does another viewer of
 * the article receive it? Side by side in one run: the mutation's own round
 * trip through the router (the baseline: what the person making the change
 * waits for), and the delay until a second viewer's live feed yields it, with
 * the in-process bus on the embedded database and, when PostgreSQL is
 * reachable, NOTIFY between two "servers" (two buses) on PostgreSQL.
 *
 * Run: npm run bench:live   (BENCH_PG_URL=postgresql://… to choose the PostgreSQL database, BENCH_N=… changes)
 */
import { randomUUID } from "node:crypto";
import { createCaller } from "@/server/api/root";
import { type Database, openDatabase } from "@/server/db/open-database";
import { articleFeed } from "@/server/realtime/article-feed";
import { type EventBus, InProcessEventBus } from "@/server/realtime/event-bus";
import { PgNotifyEventBus } from "@/server/realtime/pg-event-bus";

const N = Number(process.env.BENCH_N ?? 200);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/factdesk_bench";

async function desk(db: Database["prisma"]) {
  const id = randomUUID().slice(0, 8);
  const user = (name: string) => db.user.create({ data: { email: `${name}-${id}@bench.example`, name } });
  const [editor, viewer] = [await user("editor"), await user("viewer")];
  const workspace = await db.workspace.create({
    data: { name: `Bench ${id}`, slug: `bench-${id}`, memberships: { create: [{ userId: editor.id, role: "EDITOR" }, { userId: viewer.id, role: "VIEWER" }] } },
  });
  const article = await db.article.create({ data: { workspaceId: workspace.id, createdById: editor.id, title: "Bench", text: "The ministry said 46 people were killed." } });
  const claim = await db.claim.create({ data: { workspaceId: workspace.id, articleId: article.id, start: 0, end: 39, quotedText: "x", wording: "46 killed", createdById: editor.id } });
  return { editor, viewer, workspace, article, claim };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(label: string, database: Database, writerBus: EventBus, readerBus: EventBus) {
  const db = database.prisma;
  const d = await desk(db);
  const controller = new AbortController();
  const feed = articleFeed({ db, bus: readerBus, workspaceId: d.workspace.id, articleId: d.article.id, userId: d.viewer.id, lastEventId: null, signal: controller.signal });
  await feed.next(); // presence: the feed is listening
  if (readerBus instanceof PgNotifyEventBus) await readerBus.ready();
  const caller = createCaller({ db, userId: d.editor.id, ip: null, bus: writerBus });
  const roundTrip: number[] = [];
  const delivery: number[] = [];
  for (let i = 0; i < N; i++) {
    const started = performance.now();
    await (i % 2 === 0
      ? caller.claim.assign({ workspaceId: d.workspace.id, claimId: d.claim.id, version: i + 1, assigneeId: d.editor.id })
      : caller.claim.release({ workspaceId: d.workspace.id, claimId: d.claim.id, version: i + 1 }));
    const committed = performance.now();
    roundTrip.push(committed - started);
    for (;;) {
      const next = await feed.next();
      if (next.done) throw new Error("feed ended");
      const message = next.value[1];
      if (message.type === "events") break;
    }
    delivery.push(performance.now() - committed);
  }
  controller.abort();
  await feed.return(undefined);
  const row = (name: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { label, measure: name, n: s.length, p50_ms: +pct(s, 50).toFixed(2), p95_ms: +pct(s, 95).toFixed(2), p99_ms: +pct(s, 99).toFixed(2), max_ms: +s.at(-1)!.toFixed(2) };
  };
  return [row("mutation round trip (baseline)", roundTrip), row("commit → other viewer's feed", delivery)];
}

const rows = [];
const embedded = await openDatabase({ kind: "memory" });
const local = new InProcessEventBus();
rows.push(...(await measure("embedded, in-process bus", embedded, local, local)));
await embedded.close();

try {
  const pg = await openDatabase({ kind: "postgres", url: PG_URL });
  const serverA = new PgNotifyEventBus(PG_URL);
  const serverB = new PgNotifyEventBus(PG_URL);
  rows.push(...(await measure("PostgreSQL, NOTIFY across two buses", pg, serverA, serverB)));
  await Promise.all([serverA.close(), serverB.close(), pg.close()]);
} catch (error) {
  console.warn(`PostgreSQL skipped (${(error as Error).message}); set BENCH_PG_URL to measure it.`);
}
console.table(rows);
console.log("Target: the other viewer sees a change within 1 s (1000 ms).");
