import { Prisma } from "@/generated/prisma/client";

/** A unique index refused the write: two requests raced for the same key. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// What a lost or unreachable database looks like by the time it reaches a
// procedure. Collected by stopping and restarting PostgreSQL under load and by
// closing PGlite (bench/faults/pg-restart.ts); each shape is in errors.test.ts.

/** Prisma's own codes: can't reach (P1001), timed out (P1002, P1008), connection closed (P1017), pool timeout (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** @prisma/adapter-pg's classification of socket errors, and too many connections. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception; 08P01 is a protocol
 * bug, not an outage), 57P01 admin shutdown (`pg_ctl stop -m fast`), 57P02
 * crash shutdown, 57P03 cannot connect now (starting up or shutting down),
 * 53300 too many connections.
 */
function isOutageSqlState(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return (code.startsWith("08") && code !== "08P01") || ["57P01", "57P02", "57P03", "53300"].includes(code);
}

/**
 * Errors that arrive as plain `Error`s with only a message: from pg (a
 * connection that died mid-query, `query_timeout`), pg-pool (no connection
 * within `connectionTimeoutMillis`, pool already ended) and PGlite (closed).
 * Bare socket codes (ECONNREFUSED…) are deliberately not matched: outbound
 * HTTP fetches raise those too, and Prisma reports the database's own as
 * DatabaseNotReachable.
 */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is closed$/,
];

type Loose = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** A driver adapter's error description: `{ kind, code? }`, bare or inside a DriverAdapterError's `cause`. */
function isOutageAdapterError(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const described = ((value as Loose).kind === undefined ? (value as Loose).cause : value) as Loose | undefined;
  if (!described || typeof described !== "object") return false;
  if (typeof described.kind === "string" && ADAPTER_KINDS.has(described.kind)) return true;
  return described.kind === "postgres" && isOutageSqlState(described.code);
}

/**
 * True when the error means "the database is not there right now" (stopped,
 * restarting, unreachable, out of connections, closed), as opposed to a bug or
 * a refused write: the request can be answered 503 and simply retried later.
 * Follows `cause` chains, because tRPC and Prisma wrap what the driver threw.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as Loose;
  if (typeof e.code === "string" && PRISMA_CODES.has(e.code)) return true;
  // No connection within Prisma's maxWait: the pool is exhausted or the server hangs. (Its other P2028, an
  // expired transaction, is left alone: that is usually a transaction doing too much, which deserves a 500.)
  if (e.code === "P2028" && typeof e.message === "string" && e.message.includes("Unable to start a transaction in the given time")) return true;
  if (isOutageAdapterError(e.meta?.driverAdapterError)) return true;
  if ((error as Error).name === "DriverAdapterError" && isOutageAdapterError(error)) return true;
  // A raw pg DatabaseError (migrations and health checks use pg directly) carries the SQLSTATE and a severity.
  if (typeof (error as { severity?: unknown }).severity === "string" && isOutageSqlState(e.code)) return true;
  if (typeof e.message === "string" && DRIVER_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
