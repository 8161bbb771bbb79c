import net from "node:net";
import { SMTPServer } from "smtp-server";
import { PrismaPg } from "@prisma/adapter-pg";
import { vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { type Database, type Db, setDatabaseForTests } from "@/server/db";
import { openDatabase } from "@/server/db/open-database";

/** A local port nothing listens on: connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real SMTP server that asks for a login and refuses every password (recording them), plus a port where none listens. */
export async function refusingSmtpServer() {
  const passwordsTried: string[] = [];
  const server = new SMTPServer({
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    onAuth(auth, _session, callback) {
      passwordsTried.push(auth.password ?? "");
      callback(new Error("Invalid username or password"));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as net.AddressInfo).port,
    closedPort: await closedPort(),
    passwordsTried,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs `flow` as a server whose DATABASE_URL is `url` would start: no database
 * opened yet, and `process.exit` turned into an exception (startup failures
 * exit the process). Afterwards the test database is back in place.
 */
export async function withFailingStartup(url: string, testDatabase: Database, flow: () => Promise<void>): Promise<void> {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  // The process database is cached on globalThis (src/server/db/index.ts); forget the test one.
  (globalThis as { __factdeskDb?: unknown }).__factdeskDb = undefined;
  const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
    throw new Error(`exit(${code})`);
  }) as typeof process.exit);
  try {
    await flow();
  } finally {
    exit.mockRestore();
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
    setDatabaseForTests(testDatabase);
  }
}

/**
 * A database nothing was migrated into, so every query fails with a Prisma
 * error (a bug, answered 500 and logged in full). On PostgreSQL: the test
 * database through an empty schema; otherwise a fresh in-memory PGlite.
 */
export async function unmigratedDatabase(): Promise<{ prisma: Db; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ kind: "memory" }, { migrate: false });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }, { schema: "factdesk_not_migrated" }) });
  return { prisma, close: () => prisma.$disconnect() };
}

/** A client for a PostgreSQL server that is down (an outage, answered 503): it fails on its first query. */
export function unreachableDatabase(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 2_000 }) });
}
