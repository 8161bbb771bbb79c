/**
 * `npm run db:backup -- [FILE] [--force]`: a consistent backup of the database.
 *
 * - Embedded (no DATABASE_URL): takes the data folder's lock like the app does (so it
 *   refuses while the app runs), checkpoints, and writes PGlite's `dumpDataDir()`
 *   tarball (default backups/factdesk-<UTC timestamp>.tar.gz).
 * - PostgreSQL (DATABASE_URL): `pg_dump --format=custom` from the PATH, taken online
 *   from an exported snapshot, so the row counts printed are exactly those in the file
 *   (default backups/factdesk-<UTC timestamp>.dump).
 *
 * Restore with `npm run db:restore -- FILE` (scripts/db/restore.ts). The password in
 * DATABASE_URL is never printed: it reaches pg_dump through PGPASSWORD, not argv.
 * The helpers exported here are shared with restore.ts and backup-roundtrip.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { type DatabaseConfig, readDatabaseConfig } from "@/server/db/config";
import { FolderLockedError } from "@/server/db/folder-lock";
import { openDatabase } from "@/server/db/open-database";

/** The tables whose row counts every backup and restore prints. */
export const MAIN_TABLES = ["User", "Workspace", "Article", "Claim", "Verdict", "Evidence", "Comment", "AuditEvent", "Publication"];

export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
export type RowCounts = [table: string, rows: number | null][];

/** An error whose message is meant for the operator as is (no stack trace). */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}

// ---------------------------------------------------------------- secrets

/** DATABASE_URL with its password replaced by ****, for every message. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Removes the URL's password (raw and percent-decoded) from any text, e.g. a tool's stderr. */
export function redact(text: string, url: string | undefined): string {
  if (!url) return text;
  let out = text.split(url).join(maskUrl(url));
  try {
    const raw = new URL(url).password;
    for (const secret of new Set([raw, safeDecode(raw)])) {
      if (secret.length >= 3) out = out.split(secret).join("****");
    }
  } catch {
    // not a URL: nothing more to hide
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * How to hand DATABASE_URL to pg_dump/pg_restore without exposing the password in
 * `ps`: the URL without its password as --dbname, the password in PGPASSWORD.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = safeDecode(u.password);
  u.password = "";
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

// ---------------------------------------------------------------- PostgreSQL client tools

/** Checks that a PostgreSQL client tool is on the PATH; returns its major version. */
export function requireTool(tool: "pg_dump" | "pg_restore"): number {
  const result = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new UserFacingError(
      `${tool} was not found on the PATH. It comes with the PostgreSQL client tools, whose major version must be at least ` +
        "the server's: on Debian/Ubuntu `sudo apt-get install postgresql-client` (or postgresql-client-NN for a newer server), " +
        "on macOS `brew install libpq`, or put the bin folder of your PostgreSQL installation on the PATH.",
    );
  }
  const major = /\b(\d+)(?:\.\d+)?/.exec(result.stdout)?.[1];
  return major ? Number(major) : 0;
}

/** Runs a PostgreSQL client tool; its stderr is passed on with the password removed. */
export function runTool(tool: string, args: string[], url: string): Promise<void> {
  const { env } = libpqConnection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => reject(new UserFacingError(`${tool} could not start: ${error.message}`)));
    child.on("close", (code) => {
      const text = redact(stderr.trim(), url);
      if (code === 0) {
        if (text) console.error(text);
        resolve();
      } else {
        reject(new UserFacingError(`${tool} failed (exit code ${code})${text ? `:\n${text}` : "."}`));
      }
    });
  });
}

/** A pg client on DATABASE_URL whose connection errors never carry the password. */
export async function connectPostgres(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // reported by the query that meets it
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw new UserFacingError(
      `Cannot connect to ${maskUrl(url)}: ${redact((error as Error).message, url)}. Check DATABASE_URL and that the server is running.`,
    );
  }
  return client;
}

export function pgQuery(client: pg.Client | pg.Pool): Query {
  return async (sql, params) => (await client.query(sql, params as unknown[])).rows as Record<string, unknown>[];
}

// ---------------------------------------------------------------- row counts and output

/** Rows per main table (null: the table does not exist, e.g. a backup from before it was added). */
export async function countMainTables(query: Query): Promise<RowCounts> {
  const present = new Set(
    (await query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)).map((r) => String(r.tablename)),
  );
  const counts: RowCounts = [];
  for (const table of MAIN_TABLES) {
    if (!present.has(table)) {
      counts.push([table, null]);
      continue;
    }
    const [row] = await query(`SELECT count(*)::text AS n FROM "${table}"`);
    counts.push([table, Number(row?.n ?? 0)]);
  }
  return counts;
}

/** Names of the applied migrations (empty when there is no _prisma_migrations table). */
export async function appliedMigrations(query: Query): Promise<string[]> {
  const [exists] = await query(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists?.t) return [];
  const rows = await query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => String(r.migration_name));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function printCounts(counts: RowCounts): void {
  const width = Math.max(...counts.map(([t]) => t.length));
  console.log("  rows:");
  for (const [table, rows] of counts) console.log(`    ${table.padEnd(width)}  ${rows === null ? "(no such table)" : rows}`);
}

/** Relative to the current folder when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** "20260115-093012": UTC, sortable, safe in file names. */
export function timestamp(now = new Date()): string {
  const iso = now.toISOString().replace(/\D/g, "");
  return `${iso.slice(0, 8)}-${iso.slice(8, 14)}`;
}

/** The message for an embedded data folder held by a running app. */
export function folderInUseMessage(error: FolderLockedError, action: "back up" | "restore into"): string {
  const { owner, dataDir } = error;
  return (
    `Cannot ${action} ${dataDir}: it is in use by process ${owner.pid} (${owner.command}, since ${owner.since}` +
    `${owner.host ? ` on ${owner.host}` : ""}). The embedded database can be opened by one process only.\n` +
    `Stop the app first (Ctrl+C in its terminal, or \`kill ${owner.pid}\`), then run this again.` +
    (action === "back up"
      ? " To back up without stopping the app, use PostgreSQL (DATABASE_URL): there `npm run db:backup` runs pg_dump online."
      : "")
  );
}

// ---------------------------------------------------------------- backup

type BackupResult = { file: string; bytes: number; counts: RowCounts; migrations: string[]; source: string };

async function backupEmbedded(config: DatabaseConfig & { kind: "embedded" }, file: string): Promise<BackupResult> {
  if (!fs.existsSync(path.join(config.dataDir, "pglite", "PG_VERSION"))) {
    throw new UserFacingError(
      `There is no embedded database in ${config.dataDir} (no pglite/PG_VERSION). Set FACTDESK_DATA_DIR to the data folder to back up.`,
    );
  }
  let database;
  try {
    // The same lock and open as the app: refuses while the app (or another script) holds the folder.
    database = await openDatabase(config, { migrate: false });
  } catch (error) {
    if (error instanceof FolderLockedError) throw new UserFacingError(folderInUseMessage(error, "back up"));
    throw error;
  }
  try {
    const pglite = database.pglite!;
    const query: Query = async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows;
    // Nobody else can write (we hold the lock); a checkpoint puts everything in the data files.
    await pglite.exec("CHECKPOINT");
    const counts = await countMainTables(query);
    const migrations = await appliedMigrations(query);
    const tarball = await pglite.dumpDataDir("gzip");
    const bytes = Buffer.from(await tarball.arrayBuffer());
    writeAtomically(file, bytes);
    return { file, bytes: bytes.length, counts, migrations, source: database.label };
  } finally {
    await database.close();
  }
}

async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  const toolMajor = requireTool("pg_dump");
  const client = await connectPostgres(url);
  const tmp = `${file}.partial-${process.pid}`;
  try {
    const query = pgQuery(client);
    const [version] = await query("SELECT current_setting('server_version_num')::int AS v");
    const serverMajor = Math.floor(Number(version?.v ?? 0) / 10_000);
    if (toolMajor && toolMajor < serverMajor) {
      throw new UserFacingError(
        `pg_dump ${toolMajor} cannot dump a PostgreSQL ${serverMajor} server. Install postgresql-client-${serverMajor} ` +
          "(on Debian/Ubuntu from apt.postgresql.org) or put that version's bin folder first on the PATH.",
      );
    }
    // Count and dump from one snapshot: the counts printed are exactly what the file holds,
    // even while app servers keep writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [snap] = await query("SELECT pg_export_snapshot() AS id");
    const counts = await countMainTables(query);
    const migrations = await appliedMigrations(query);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { dbname } = libpqConnection(url);
    await runTool("pg_dump", ["--format=custom", "--no-password", `--snapshot=${String(snap?.id)}`, `--file=${tmp}`, `--dbname=${dbname}`], url);
    await client.query("COMMIT");
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, file);
    return { file, bytes: fs.statSync(file).size, counts, migrations, source: maskUrl(url) };
  } finally {
    fs.rmSync(tmp, { force: true });
    await client.end().catch(() => {});
  }
}

/** Backups hold password hashes and personal data: readable by the owner only, never half-written. */
function writeAtomically(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.partial-${process.pid}`;
  try {
    fs.writeFileSync(tmp, bytes, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

const USAGE = `Usage: npm run db:backup -- [FILE] [--force]

Backs up the embedded database (FACTDESK_DATA_DIR, default ./data; the app must be stopped)
or, with DATABASE_URL set, the PostgreSQL database (pg_dump, online).
FILE defaults to backups/factdesk-<UTC timestamp>.tar.gz (embedded) or .dump (PostgreSQL).
--force overwrites an existing FILE. Restore with: npm run db:restore -- FILE`;

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine(argv, USAGE);
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length > 1) throw new UserFacingError(USAGE);
  const config = readDatabaseConfig();
  if (config.kind === "memory") throw new UserFacingError("FACTDESK_DATA_DIR=:memory: is a throwaway database: there is nothing to back up.");
  const extension = config.kind === "postgres" ? ".dump" : ".tar.gz";
  const file = path.resolve(positionals[0] ?? path.join("backups", `factdesk-${timestamp()}${extension}`));
  if (fs.existsSync(file) && !values.force) {
    throw new UserFacingError(`${file} already exists. Choose another file, or pass --force to overwrite it.`);
  }
  const started = performance.now();
  const result = config.kind === "postgres" ? await backupPostgres(config.url, file) : await backupEmbedded(config, file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up the ${result.source} in ${seconds} s`);
  console.log(`  file: ${displayPath(result.file)} (${formatBytes(result.bytes)})`);
  console.log(`  format: ${config.kind === "postgres" ? "pg_dump custom archive" : "PGlite data folder tarball (dumpDataDir, gzip)"}`);
  console.log(`  migrations applied: ${result.migrations.length}${result.migrations.length ? ` (latest ${result.migrations.at(-1)})` : ""}`);
  printCounts(result.counts);
  console.log(`Restore with: npm run db:restore -- ${displayPath(result.file)}`);
  return 0;
}

/** Reports a failure without the password and without a stack trace for expected problems. */
export function reportFailure(what: string, error: unknown): void {
  const url = process.env.DATABASE_URL?.trim();
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${what} failed: ${redact(message, url)}`);
  if (!(error instanceof UserFacingError) && error instanceof Error && error.stack && process.env.DEBUG) {
    console.error(redact(error.stack, url));
  }
}

export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return !!entry && path.resolve(entry) === fileURLToPath(moduleUrl);
}

/** The command line db:backup and db:restore share: [FILE] [--force] [--help]; null once the usage is printed. */
export function readCommandLine(argv: string[], usage: string) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (!values.help) return { values, positionals };
  console.log(usage);
  return null;
}

/** Runs a command's main when this file is the one started, exiting with its code or reporting its failure. */
export function runAsCommand(moduleUrl: string, what: string, main: (argv: string[]) => Promise<number>): void {
  if (!isEntryPoint(moduleUrl)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      reportFailure(what, error);
      process.exit(1);
    },
  );
}

runAsCommand(import.meta.url, "Backup", main);
