import type { PGlite } from "@electric-sql/pglite";
import type { Pool, QueryConfig } from "pg";
import type { SqlRunner } from "./migrate";

export function pgliteRunner(pg: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await pg.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows,
    // One process owns a PGlite folder (see folder-lock.ts); nothing to serialise.
    withLock: (fn) => fn(),
  };
}

/** Key for pg_advisory_lock, so several app servers starting at once migrate one at a time. */
const MIGRATION_LOCK_KEY = 72_707_367;

/**
 * The app's pool gives every query QUERY_TIMEOUT_MS (open-database.ts); a
 * migration may rightly run for minutes (an index on a big table), so its
 * statements lift that limit. pg reads `query_timeout` per query (its types
 * omit it); this is the longest delay a Node timer accepts.
 */
const NO_QUERY_TIMEOUT = { query_timeout: 2_147_483_647 };
const untimed = (text: string, values?: unknown[]) => ({ text, values, ...NO_QUERY_TIMEOUT }) as QueryConfig;

export function postgresRunner(pool: Pool): SqlRunner {
  // BEGIN/COMMIT must run on one connection, so the runner pins a client for its lifetime.
  let client: import("pg").PoolClient | null = null;
  const conn = async () => (client ??= await pool.connect());
  return {
    exec: async (sql) => {
      await (await conn()).query(untimed(sql));
    },
    query: async <T>(sql: string, params?: unknown[]) =>
      (await (await conn()).query(untimed(sql, params))).rows as T[],
    withLock: async (fn) => {
      const c = await conn();
      // Waits for another server's migrations, however long they take.
      await c.query(untimed("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]));
      try {
        return await fn();
      } finally {
        await c.query(untimed("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]));
        c.release();
        client = null;
      }
    },
  };
}
