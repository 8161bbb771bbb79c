/**
 * `npm run db:backup:check [-- --only embedded|postgres]`: proves that a backup restores
 * to the same data, in both modes, through the real commands (npm run db:seed,
 * db:migrate, db:backup, db:restore):
 *
 *   embedded    a temp data folder seeded with the demo desk → backup → delete the
 *               folder → restore → compare; then the refusals (folder locked by a running
 *               app, non-empty folder without --force) and a --force restore over it.
 *   postgres    a temp database on the local server (FACTDESK_ROUNDTRIP_PG_URL, default
 *               postgresql://postgres@127.0.0.1:5432/postgres), migrated and seeded → backup
 *               → drop and recreate the database → restore → compare; plus the refusal
 *               without --force, and a check that the URL's password never appears in
 *               any output.
 *
 * Compared, table by table: row counts and an md5 of every row's text, the claims'
 * ids+versions, and every sequence's position. Prints a table per mode; exits 1 on any
 * difference or failed check.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { acquireFolderLock } from "@/server/db/folder-lock";
import { openDatabase } from "@/server/db/open-database";
import { maskUrl, pgQuery, type Query } from "./backup";

type Snapshot = Map<string, { value: string; detail?: string }>;
type Outcome = { code: number; output: string };

const failures: string[] = [];
const outputs: string[] = [];

function check(ok: boolean, label: string): void {
  console.log(`  ${ok ? "✓" : "✗"} ${label}`);
  if (!ok) failures.push(label);
}

/** Runs `npm run --silent SCRIPT -- ARGS`, echoing its output indented, and keeps the output. */
function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  console.log(`  $ npm run ${script}${args.length ? ` -- ${args.join(" ")}` : ""}`);
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const echo = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      for (const line of text.split("\n")) if (line.trim()) console.log(`    │ ${line}`);
    };
    child.stdout.on("data", echo);
    child.stderr.on("data", echo);
    child.on("error", reject);
    child.on("close", (code) => {
      outputs.push(output);
      resolve({ code: code ?? 1, output });
    });
  });
}

async function mustRun(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { code } = await npmRun(script, args, env);
  if (code !== 0) throw new Error(`npm run ${script} failed (exit code ${code})`);
}

/** Everything compared before and after: per table rows + content hash, claims, sequences. */
async function snapshot(query: Query): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`);
  for (const { tablename } of tables) {
    const name = String(tablename);
    const [row] = await query(
      `SELECT count(*)::text AS n, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') AS h FROM "${name}" t`,
    );
    out.set(name, { value: String(row?.n), detail: String(row?.h).slice(0, 10) });
  }
  const [claims] = await query(
    `SELECT coalesce(md5(string_agg(id || ':' || version, ',' ORDER BY id)), '-') AS h FROM "Claim"`,
  );
  out.set("checksum: Claim id+version", { value: String(claims?.h).slice(0, 16) });
  const sequences = await query(
    `SELECT sequencename AS s, coalesce(last_value::text, 'unused') AS v FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
  );
  for (const { s, v } of sequences) out.set(`sequence: ${String(s)}`, { value: String(v) });
  return out;
}

/** Prints the comparison table; returns true when everything matches. */
function compare(title: string, before: Snapshot, after: Snapshot): boolean {
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const rows = keys.map((key) => {
    const b = before.get(key);
    const a = after.get(key);
    const same = !!a && !!b && a.value === b.value && a.detail === b.detail;
    return [key, b?.value ?? "(missing)", a?.value ?? "(missing)", b?.detail ?? "", a?.detail ?? "", same ? "✓" : "✗ DIFFERS"];
  });
  const header = ["table", "before", "after", "md5 before", "md5 after", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ")}`.trimEnd();
  console.log(`\n  ${title}`);
  console.log(line(header));
  console.log(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  const differing = rows.filter((r) => r[5] !== "✓").length;
  console.log(differing ? `  ${differing} difference(s)\n` : `  all ${rows.length} identical\n`);
  return differing === 0;
}

// ---------------------------------------------------------------- embedded

async function embeddedSnapshot(dataDir: string): Promise<Snapshot> {
  const database = await openDatabase({ kind: "embedded", dataDir }, { migrate: false });
  try {
    const pglite = database.pglite!;
    return await snapshot(async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows);
  } finally {
    await database.close();
  }
}

async function embeddedRoundTrip(): Promise<void> {
  console.log("\n== Embedded database (PGlite)");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-roundtrip-"));
  const dataDir = path.join(tmp, "data");
  const file = path.join(tmp, "backup.tar.gz");
  const env: NodeJS.ProcessEnv = { ...process.env, FACTDESK_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  try {
    await mustRun("db:seed", [], env);
    const before = await embeddedSnapshot(dataDir);

    // A running app holds the folder: the backup must refuse, naming the holder.
    const lock = acquireFolderLock(dataDir, "roundtrip (stands in for a running app)");
    const refused = await npmRun("db:backup", [file], env).finally(() => lock.release());
    check(refused.code !== 0 && refused.output.includes(`process ${process.pid}`) && refused.output.includes("Stop the app first"), "backup refuses while the app holds the folder, naming it");

    await mustRun("db:backup", [file], env);
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(`  $ rm -rf ${dataDir}`);
    await mustRun("db:restore", [file], env);
    const after = await embeddedSnapshot(dataDir);
    check(compare("embedded: seed → backup → delete the folder → restore", before, after), "embedded round trip: identical");

    const again = await npmRun("db:restore", [file], env);
    check(again.code !== 0 && again.output.includes("not empty"), "restore refuses a non-empty folder without --force");
    await mustRun("db:restore", [file, "--force"], env);
    const replaced = fs.readdirSync(dataDir).some((name) => name.startsWith("pglite.replaced-"));
    const forced = await embeddedSnapshot(dataDir);
    const same = [...before].every(([k, v]) => forced.get(k)?.value === v.value && forced.get(k)?.detail === v.detail) && forced.size === before.size;
    check(same && replaced, "restore --force replaces the database (identical data; the old one kept as pglite.replaced-*)");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- PostgreSQL

async function postgresSnapshot(url: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await snapshot(pgQuery(client));
  } finally {
    await client.end();
  }
}

async function postgresRoundTrip(adminUrl: string): Promise<void> {
  console.log("\n== PostgreSQL");
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${maskUrl(adminUrl)} (${(error as Error).message}). Start it ` +
        "(`pg_ctlcluster --skip-systemctl-redirect 15 main start`), set FACTDESK_ROUNDTRIP_PG_URL, or run with --only embedded.",
    );
  }
  const db = `factdesk_roundtrip_${process.pid}_${Date.now().toString(36)}`;
  const target = new URL(adminUrl);
  target.pathname = `/${db}`;
  // With trust auth the server never asks for it: a canary that must not appear in any output.
  if (!target.password) target.password = `canary-${randomBytes(6).toString("hex")}`;
  const url = target.toString();
  const password = decodeURIComponent(target.password);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-roundtrip-"));
  const file = path.join(tmp, "backup.dump");
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  const firstOutput = outputs.length;
  try {
    await admin.query(`CREATE DATABASE "${db}"`);
    console.log(`  created database ${db}`);
    await mustRun("db:migrate", [], env);
    await mustRun("db:seed", [], env);
    const before = await postgresSnapshot(url);

    await mustRun("db:backup", [file], env);
    const refused = await npmRun("db:restore", [file], env);
    check(refused.code !== 0 && refused.output.includes("already has"), "restore refuses a database with tables without --force");

    await admin.query(`DROP DATABASE "${db}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${db}"`);
    console.log(`  dropped and recreated database ${db}`);
    await mustRun("db:restore", [file], env);
    const after = await postgresSnapshot(url);
    check(compare("postgres: migrate + seed → backup → drop and recreate the database → restore", before, after), "PostgreSQL round trip: identical");

    const leaked = outputs.slice(firstOutput).some((o) => o.includes(password) || o.includes(target.password));
    check(!leaked, "the password in DATABASE_URL appears in no output (masked as ****)");
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  const only = values.only;
  if (only && only !== "embedded" && only !== "postgres") throw new Error("--only takes embedded or postgres");
  const started = performance.now();
  if (!only || only === "embedded") await embeddedRoundTrip();
  if (!only || only === "postgres") {
    await postgresRoundTrip(process.env.FACTDESK_ROUNDTRIP_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (failures.length) {
    console.error(`\nBackup round trip FAILED (${seconds} s):\n  - ${failures.join("\n  - ")}`);
    return 1;
  }
  console.log(`\nBackup round trip passed (${seconds} s).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nBackup round trip FAILED: ${(error as Error).message}`);
    process.exit(1);
  },
);
