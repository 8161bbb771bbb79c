import type pg from "pg";

export type Captured = { sql: string; params: unknown[] };
export type Timing = { name: string; samples: number; p50: number; p95: number; p99: number; max: number };

/** Sequential calls after a warm-up; every latency kept, so the percentiles are exact. */
export async function measure(name: string, samples: number, call: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(20, samples); i++) await call(samples + i);
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await call(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!;
  return { name, samples, p50: pct(50), p95: pct(95), p99: pct(99), max: ms.at(-1)! };
}

export function printTimings(rows: Timing[], targetMs: number): void {
  const f = (n: number) => n.toFixed(1).padStart(7);
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`  ${"procedure (input)".padEnd(width)}  samples   p50 ms   p95 ms   p99 ms   max ms`);
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(width)}  ${String(r.samples).padStart(7)}  ${f(r.p50)}  ${f(r.p95)}  ${f(r.p99)}  ${f(r.max)}  ${r.p95 < targetMs ? "ok" : `MISSES ${targetMs} ms`}`);
  }
}

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[]; "Shared Hit Blocks"?: number; "Shared Read Blocks"?: number };

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** Prisma logs Dates as "2026-…Z" strings and numbers as numbers: pg takes both back as they are. */
export function parseParams(raw: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of one captured statement: a compact line (indexes
 * used, sequential scans, time, buffers) and, when asked, the text plan.
 */
export async function explain(client: pg.Client, q: Captured, showPlan: boolean): Promise<{ line: string; seqScans: string[] }> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`,
    q.params,
  );
  const top = rows[0]!["QUERY PLAN"][0];
  const indexes = new Set<string>();
  const seqScans: string[] = [];
  walk(top.Plan, (n) => {
    if (n["Index Name"]) indexes.add(n["Index Name"]);
    if (n["Node Type"] === "Seq Scan") seqScans.push(n["Relation Name"] ?? "?");
  });
  const hit = top.Plan["Shared Hit Blocks"] ?? 0;
  const read = top.Plan["Shared Read Blocks"] ?? 0;
  const tables = new Set<string>();
  walk(top.Plan, (n) => {
    if (n["Relation Name"]) tables.add(n["Relation Name"]);
  });
  const line =
    `${[...tables].sort().join("+").padEnd(38)} ${top["Execution Time"].toFixed(2).padStart(7)} ms  buffers ${hit} hit/${read} read  ` +
    `indexes: ${[...indexes].join(", ") || "none"}${seqScans.length ? `  SEQ SCAN: ${seqScans.join(", ")}` : ""}`;
  if (showPlan) {
    const text = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
    console.log(text.rows.map((r) => `      ${r["QUERY PLAN"]}`).join("\n"));
  }
  return { line, seqScans };
}
