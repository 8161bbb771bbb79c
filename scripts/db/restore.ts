/**
 * `npm run db:restore -- FILE [--force]`: restores a backup made by `npm run db:backup`.
 *
 * - Embedded (no DATABASE_URL): FILE is a PGlite tarball. The data folder
 *   (FACTDESK_DATA_DIR, default ./data) must be missing or empty unless --force. Holding
 *   the folder's lock (so never under a running app), the tarball is loaded with PGlite's
 *   `loadDataDir` into a fresh folder beside the database, opened and checked (migration
 *   status, row counts), and only then swapped in. With --force the database it replaces
 *   is kept as `pglite.replaced-<timestamp>` in the data folder; `auth-secret` stays.
 * - PostgreSQL (DATABASE_URL): FILE is a pg_dump custom archive, restored with
 *   `pg_restore --clean --if-exists --no-owner` in a single transaction, then checked the
 *   same way. The database must exist and hold no tables unless --force.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DatabaseConfig, readDatabaseConfig } from "@/server/db/config";
import { acquireFolderLock, FolderLockedError } from "@/server/db/folder-lock";
import { MIGRATIONS_DIR } from "@/server/db/migrate";
import { PGLITE_EXTENSIONS } from "@/server/db/pglite-extensions";
import {
  connectPostgres,
  countMainTables,
  displayPath,
  folderInUseMessage,
  formatBytes,
  libpqConnection,
  maskUrl,
  pgQuery,
  printCounts,
  type Query,
  readCommandLine,
  requireTool,
  type RowCounts,
  runAsCommand,
  runTool,
  timestamp,
  UserFacingError,
} from "./backup";
import { engineErrorMessage, type MigrationStatus, migrationStatus } from "./schema-engine";

type Verified = { counts: RowCounts; status: MigrationStatus };

const GZIP_MAGIC = [0x1f, 0x8b];
const PGDMP_MAGIC = "PGDMP";

function backupKind(file: string): "embedded" | "postgres" | null {
  const bytes = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, bytes, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) return "embedded";
  if (bytes.subarray(0, 5).toString("latin1") === PGDMP_MAGIC) return "postgres";
  return null;
}

/** Opened and readable: the Factdesk schema is there and its migration history is consistent. */
async function verify(query: Query, adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<Verified> {
  const [table] = await query(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!table?.t) {
    throw new UserFacingError("The restored database has no _prisma_migrations table: this backup is not a Factdesk database.");
  }
  const counts = await countMainTables(query);
  let status: MigrationStatus;
  try {
    status = await migrationStatus({ migrationsDir: MIGRATIONS_DIR, adapterFactory });
  } catch (error) {
    throw new UserFacingError(`Could not read the migration status of the restored database: ${engineErrorMessage(error)}`);
  }
  return { counts, status };
}

function printVerification({ counts, status }: Verified, applyHint: string): void {
  console.log(`  migrations: ${status.applied.length}/${status.local.length} applied${status.upToDate ? ", up to date" : ""}`);
  if (status.pending.length) {
    console.log(`    pending (the backup is older than this code): ${status.pending.join(", ")}; ${applyHint}`);
  }
  if (status.missingLocally.length) {
    console.warn(
      `    WARNING: applied in the backup but missing from prisma/migrations: ${status.missingLocally.join(", ")}. ` +
        "The backup comes from a newer Factdesk: run that version's code against it.",
    );
  }
  if (status.failed.length) console.warn(`    WARNING: failed migrations recorded in the backup: ${status.failed.join(", ")}`);
  if (status.edited.length) console.warn(`    WARNING: migrations edited since they were applied: ${status.edited.join(", ")}`);
  printCounts(counts);
}

// ---------------------------------------------------------------- embedded

/** Entries that make a data folder "not empty" (our own lock file does not count). */
function folderContents(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (!fs.statSync(dir).isDirectory()) throw new UserFacingError(`${dir} is a file, not a data folder.`);
  return fs.readdirSync(dir).filter((name) => name !== "factdesk.lock");
}

async function restoreEmbedded(config: DatabaseConfig & { kind: "embedded" }, file: string, force: boolean): Promise<void> {
  const target = config.dataDir;
  const contents = folderContents(target);
  if (contents.length > 0 && !force) {
    throw new UserFacingError(
      `The data folder ${target} is not empty (${contents.slice(0, 5).join(", ")}${contents.length > 5 ? ", …" : ""}). ` +
        "Restore into a new folder (FACTDESK_DATA_DIR=/path/to/new-folder npm run db:restore -- FILE), " +
        "or pass --force to replace the database there (the current one is kept as pglite.replaced-<timestamp>).",
    );
  }
  let lock;
  try {
    lock = acquireFolderLock(target);
  } catch (error) {
    if (error instanceof FolderLockedError) throw new UserFacingError(folderInUseMessage(error, "restore into"));
    throw error;
  }
  const stamp = timestamp();
  const staging = path.join(target, `.restoring-${stamp}`);
  const live = path.join(target, "pglite");
  try {
    const started = performance.now();
    const bytes = fs.readFileSync(file);
    let verified: Verified;
    // A fresh folder: loadDataDir refuses a folder that already holds a database.
    const pglite = await PGlite.create(staging, {
      loadDataDir: new Blob([new Uint8Array(bytes)], { type: "application/x-gzip" }),
      extensions: PGLITE_EXTENSIONS,
    }).catch((error: unknown) => {
      throw new UserFacingError(
        `Could not load ${displayPath(file)} (${(error as Error).message}). Is the file complete, and made by npm run db:backup? ` +
          `Nothing was changed in ${target}.`,
      );
    });
    try {
      const query: Query = async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows;
      verified = await verify(query, new PrismaPGlite(pglite));
    } finally {
      await pglite.close();
    }
    let replaced: string | null = null;
    if (fs.existsSync(live)) {
      replaced = path.join(target, `pglite.replaced-${stamp}`);
      fs.renameSync(live, replaced);
    }
    fs.renameSync(staging, live);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${displayPath(file)} (${formatBytes(bytes.length)}) into the embedded database in ${target} in ${seconds} s`);
    if (replaced) console.log(`  the database it replaced is kept in ${replaced} (delete it once you are satisfied)`);
    printVerification(verified, "they are applied on the next `npm start` (or `npm run db:migrate`).");
    if (!fs.existsSync(path.join(target, "auth-secret")) && !process.env.AUTH_SECRET) {
      console.log("  note: no auth-secret in the folder: `npm start` makes a new one, so everyone signs in again.");
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}

// ---------------------------------------------------------------- PostgreSQL

/** Tables named in the archive's table of contents (`pg_restore --list`). */
function archiveTables(file: string): Set<string> {
  const list = spawnSync("pg_restore", ["--list", file], { encoding: "utf8" });
  if (list.status !== 0) throw new UserFacingError(`pg_restore cannot read ${file}: ${list.stderr.trim()}`);
  const tables = new Set<string>();
  for (const line of list.stdout.split("\n")) {
    const match = /^\d+; \d+ \d+ TABLE (\S+) (\S+) /.exec(line);
    if (match) tables.add(`${match[1]}.${match[2]}`);
  }
  return tables;
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  requireTool("pg_restore");
  const inArchive = archiveTables(file);
  const client = await connectPostgres(url);
  try {
    const query = pgQuery(client);
    const [existing] = await query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    const tables = Number(existing?.n ?? 0);
    if (tables > 0 && !force) {
      throw new UserFacingError(
        `The database ${maskUrl(url)} already has ${tables} table(s). Restore into an empty database ` +
          "(e.g. `createdb factdesk_restored`, then point DATABASE_URL at it), or pass --force to replace the objects " +
          "in the backup (pg_restore --clean drops each one first).",
      );
    }
    const [others] = await query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    if (Number(others?.n ?? 0) > 0) {
      console.warn(
        `Note: ${String(others?.n)} other connection(s) to this database (app servers?). Stop them first: ` +
          "the restore waits for their locks, and they would see the data change under them.",
      );
    }
  } finally {
    await client.end().catch(() => {});
  }

  const started = performance.now();
  const { dbname } = libpqConnection(url);
  await runTool(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${dbname}`, file],
    url,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {});
  try {
    const query = pgQuery(pool);
    const verified = await verify(query, new PrismaPg(pool));
    const present = await query(
      `SELECT schemaname || '.' || tablename AS t FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const extra = present.map((r) => String(r.t)).filter((t) => !inArchive.has(t));
    console.log(`Restored ${displayPath(file)} (${formatBytes(fs.statSync(file).size)}) into ${maskUrl(url)} in ${seconds} s`);
    printVerification(verified, "apply them with `npm run db:migrate`.");
    if (extra.length) console.warn(`  WARNING: tables not in the backup were left in place: ${extra.join(", ")}`);
  } finally {
    await pool.end().catch(() => {});
  }
}

// ---------------------------------------------------------------- command line

const USAGE = `Usage: npm run db:restore -- FILE [--force]

Restores a backup made by npm run db:backup: a .tar.gz into the embedded database
(FACTDESK_DATA_DIR, default ./data; the app must be stopped), or, with DATABASE_URL set,
a pg_dump archive into that PostgreSQL database.
The target must be empty unless --force (which replaces the database there).`;

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine(argv, USAGE);
  if (!args) return 0;
  const { values, positionals } = args;
  if (positionals.length !== 1 || !positionals[0]) throw new UserFacingError(`Which backup? ${USAGE}`);
  const file = path.resolve(positionals[0]);
  if (!fs.existsSync(file)) throw new UserFacingError(`No such file: ${file}`);
  const config = readDatabaseConfig();
  if (config.kind === "memory") throw new UserFacingError("FACTDESK_DATA_DIR=:memory: is a throwaway database: restore into a data folder.");
  const kind = backupKind(file);
  if (kind === null) throw new UserFacingError(`${file} is neither a PGlite tarball (.tar.gz) nor a pg_dump custom archive.`);
  if (kind !== config.kind) {
    throw new UserFacingError(
      kind === "embedded"
        ? `${file} is a backup of the embedded database: unset DATABASE_URL to restore it into a data folder.`
        : `${file} is a PostgreSQL backup (pg_dump): set DATABASE_URL to the database to restore it into.`,
    );
  }
  if (config.kind === "postgres") await restorePostgres(config.url, file, !!values.force);
  else await restoreEmbedded(config, file, !!values.force);
  return 0;
}

runAsCommand(import.meta.url, "Restore", main);
