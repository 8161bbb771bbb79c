import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Applies pending migrations from prisma/migrations, writing `_prisma_migrations`
 * exactly as `prisma migrate deploy` does (same table, same SHA-256 checksum of
 * migration.sql), so a machine with Prisma's native engine can take over at any
 * time. We run this ourselves because the Prisma CLI cannot fetch its engine
 * offline, and because the embedded database must migrate inside the process
 * that holds it.
 */
export type SqlRunner = {
  /** Runs one or more statements, no result. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Serialises concurrent deployers (several app servers starting at once). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
};

export type MigrationResult = { applied: string[]; total: number };

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.FACTDESK_MIGRATIONS_DIR ?? "prisma/migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`No migrations folder at ${dir}.`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | string | null; rolled_back_at: unknown };

export async function listApplied(runner: SqlRunner): Promise<AppliedRow[]> {
  await runner.exec(CREATE_TABLE);
  return runner.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
}

export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = readMigrations(dir);
  return runner.withLock(async () => {
    const rows = await listApplied(runner);
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`,
      );
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          console.warn(`[migrate] ${migration.name} was edited after it was applied (checksum differs).`);
        }
        continue;
      }
      const id = randomUUID();
      // One transaction per migration: either all of it is in, or none of it.
      await runner.exec("BEGIN");
      try {
        await runner.exec(migration.sql);
        await runner.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, migration.checksum, migration.name],
        );
        await runner.exec("COMMIT");
      } catch (error) {
        await runner.exec("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return { applied, total: migrations.length };
  });
}

/** Names of migrations in the folder that the database has not applied yet. */
export async function pendingMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  const rows = await listApplied(runner);
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  return readMigrations(dir)
    .map((m) => m.name)
    .filter((name) => !done.has(name));
}
