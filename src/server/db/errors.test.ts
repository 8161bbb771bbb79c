import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { isDatabaseUnavailable } from "./errors";

const prismaError = (code: string, driverAdapterError?: unknown) =>
  new Prisma.PrismaClientKnownRequestError("Invalid `prisma.comment.create()` invocation", {
    code,
    clientVersion: "7.10.0",
    meta: driverAdapterError ? { driverAdapterError } : undefined,
  });

/** A plain Error the way pg raises it and Prisma passes it through (it only adds clientVersion). */
const driverError = (message: string) => Object.assign(new Error(message), { clientVersion: "7.10.0" });

/** What pg_ctl stop -m fast sends to every open session, as Prisma wraps it. */
const adminShutdown = { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" } };

describe("isDatabaseUnavailable", () => {
  it("recognises what arrived while PostgreSQL was stopped and restarted (seen in the pg-restart drill)", () => {
    // Sessions open when PostgreSQL stops: SQLSTATE 57P01 under Prisma's generic codes.
    expect(isDatabaseUnavailable(prismaError("P2039", adminShutdown))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", adminShutdown))).toBe(true);
    // New connections while it is down.
    expect(isDatabaseUnavailable(prismaError("P1001", { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5499 } }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    // A connection killed mid-query (pg_ctl stop -m immediate, network cut): a plain pg Error.
    expect(isDatabaseUnavailable(driverError("Connection terminated unexpectedly"))).toBe(true);
  });

  it("recognises timeouts and closed clients from pg, pg-pool and PGlite", () => {
    expect(isDatabaseUnavailable(driverError("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(driverError("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseUnavailable(driverError("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(driverError("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailable(driverError("Cannot use a pool after calling end on the pool"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("PGlite is closed"))).toBe(true);
  });

  it("recognises Prisma's connection codes and the adapter's own error class", () => {
    for (const code of ["P1001", "P1002", "P1008", "P1017", "P2024"]) expect(isDatabaseUnavailable(prismaError(code)), code).toBe(true);
    // Seen with the server frozen (SIGSTOP): no connection within Prisma's 2 s maxWait.
    const noConnection = new Prisma.PrismaClientKnownRequestError("Transaction API error: Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7.10.0" });
    expect(isDatabaseUnavailable(noConnection)).toBe(true);
    const expired = new Prisma.PrismaClientKnownRequestError("Transaction API error: Transaction already closed: A query cannot be executed on an expired transaction.", { code: "P2028", clientVersion: "7.10.0" });
    expect(isDatabaseUnavailable(expired)).toBe(false);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "TooManyConnections", cause: "too many clients" }))).toBe(true);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "SocketTimeout" }))).toBe(true);
  });

  it("recognises raw pg errors by SQLSTATE (starting up, crash shutdown, connection failure)", () => {
    for (const code of ["57P03", "57P02", "08006", "53300"]) {
      expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code, severity: "FATAL" })), code).toBe(true);
    }
  });

  it("follows the cause chain, as tRPC wraps whatever a procedure threw", () => {
    const wrapped = new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: driverError("Connection terminated unexpectedly") });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves ordinary failures alone: they are bugs or refusals, not outages", () => {
    expect(isDatabaseUnavailable(prismaError("P2002"))).toBe(false); // unique violation
    expect(isDatabaseUnavailable(prismaError("P2025"))).toBe(false); // record not found
    expect(isDatabaseUnavailable(prismaError("P2010", { name: "DriverAdapterError", cause: { kind: "postgres", code: "42601" } }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { name: "DriverAdapterError", cause: { kind: "postgres", code: "08P01" } }))).toBe(false);
    expect(isDatabaseUnavailable(new DriverAdapterError({ kind: "AuthenticationFailed", user: "factdesk" }))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("CONFLICT", "This claim was changed by someone."))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    // An outbound fetch that could not connect is not the database.
    expect(isDatabaseUnavailable(new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:443"), { code: "ECONNREFUSED", syscall: "connect" }) }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
  });
});
