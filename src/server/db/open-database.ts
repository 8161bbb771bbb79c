import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { type DatabaseConfig, describeDatabase } from "./config";
import { acquireFolderLock } from "./folder-lock";
import { applyMigrations, type SqlRunner } from "./migrate";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";
import { pgliteRunner, postgresRunner } from "./runners";

export type Db = PrismaClient;

/** An open database: the Prisma client plus what is needed to migrate and close it. */
export type Database = {
  prisma: Db;
  config: DatabaseConfig;
  label: string;
  /** A raw SQL runner (migrations, health checks, LISTEN/NOTIFY later). */
  runner: () => SqlRunner;
  pglite?: PGlite;
  pool?: pg.Pool;
  close: () => Promise<void>;
};

export type OpenOptions = { migrate?: boolean };

/** See openPostgres: the longest any one query of the app may wait for its answer. */
export const QUERY_TIMEOUT_MS = 5_000;

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  const database = config.kind === "postgres" ? await openPostgres(config.url, config) : await openPglite(config);
  if (options.migrate ?? true) {
    const { applied } = await applyMigrations(database.runner());
    if (applied.length > 0) console.info(`[db] applied migrations: ${applied.join(", ")}`);
  }
  return database;
}

async function openPostgres(url: string, config: DatabaseConfig): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail fast when the server is down or every connection is busy, instead of queueing requests forever.
    connectionTimeoutMillis: 5_000,
    // A connection whose server hangs or vanished without closing it (host died, network cut) would hold its
    // request until the kernel gives up, many minutes later. So a query gets QUERY_TIMEOUT_MS, then fails and
    // its connection is dropped. App queries take milliseconds, and Prisma gives an interactive transaction
    // 2 s to start and 5 s to finish anyway; migrations lift the limit (runners.ts).
    query_timeout: QUERY_TIMEOUT_MS,
    // Lets the kernel notice dead peers on idle connections, and keeps firewalls from silently dropping them.
    keepAlive: true,
  });
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new Error(
      `Cannot connect to ${describeDatabase(config)}: ${(error as Error).message}. Check DATABASE_URL and that the server is running.`,
      { cause: error },
    );
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    config,
    label: describeDatabase(config),
    runner: () => postgresRunner(pool),
    pool,
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openPglite(config: DatabaseConfig & { kind: "embedded" | "memory" }): Promise<Database> {
  const lock = config.kind === "embedded" ? acquireFolderLock(config.dataDir) : null;
  let pglite: PGlite;
  try {
    const where = config.kind === "embedded" ? `${config.dataDir}/pglite` : "memory://";
    pglite = await PGlite.create(where, { extensions: PGLITE_EXTENSIONS });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    config,
    label: describeDatabase(config),
    runner: () => pgliteRunner(pglite),
    pglite,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      lock?.release();
    },
  };
}
