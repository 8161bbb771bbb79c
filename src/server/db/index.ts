import { readDatabaseConfig } from "./config";
import { type Database, openDatabase } from "./open-database";

export type { Db, Database } from "./open-database";

/**
 * The process-wide database. Kept on globalThis because Next bundles a module
 * separately for routes and pages (and again on every dev reload): a module
 * variable would open a second PGlite on the same folder, which loses data.
 * Opened lazily so `next build` never touches it.
 */
const globalForDb = globalThis as unknown as { __factdeskDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!globalForDb.__factdeskDb) {
    const opening = openDatabase(readDatabaseConfig());
    // A failed open must not be cached forever (e.g. PostgreSQL was down at start).
    opening.catch(() => {
      if (globalForDb.__factdeskDb === opening) globalForDb.__factdeskDb = undefined;
    });
    globalForDb.__factdeskDb = opening;
  }
  return globalForDb.__factdeskDb;
}

export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Replaces the process database (tests only: each test file opens its own). */
export function setDatabaseForTests(database: Database): void {
  globalForDb.__factdeskDb = Promise.resolve(database);
}

/** A client inside `db.$transaction(async (tx) => …)`; feature helpers that must share a transaction take this. */
export type DbTx = import("@/generated/prisma/client").Prisma.TransactionClient;
