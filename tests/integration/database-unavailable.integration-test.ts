import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/server/api/errors";
import { appRouter } from "@/server/api/root";
import type { Db } from "@/server/db";
import { callerFor } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

/**
 * A database that is gone must answer 503 with a message people can act on,
 * quickly, not a generic 500 after a wait. The shared PostgreSQL cannot be
 * stopped here, so these point the app at databases that are not there; the
 * real stop/restart under load is `npm run fault:pg-restart`.
 */

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const toClose: (() => Promise<unknown>)[] = [];
afterAll(() => Promise.all(toClose.map((close) => close())));

/** PostgreSQL down: the same pool settings as open-database.ts, on a port that refuses connections. */
async function postgresThatIsDown(): Promise<Db> {
  const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/factdesk`, connectionTimeoutMillis: 5_000 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  toClose.push(() => prisma.$disconnect().then(() => pool.end()));
  return prisma;
}

/** A pool that was ended, as during shutdown (a closed PGlite says "PGlite is closed": see errors.test.ts). */
async function endedPool(): Promise<Db> {
  const pool = new pg.Pool({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/factdesk` });
  await pool.end();
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

const input = { workspaceId: "ws-unreachable", claimId: "claim-unreachable", body: "Checked against the ministry's register." };
const someone = { id: "user-unreachable" };

describe("when the database is unavailable", () => {
  it("a write through PostgreSQL that is down is refused at once with SERVICE_UNAVAILABLE and a clear message", async () => {
    const caller = await callerFor(await postgresThatIsDown(), someone);
    // Reads too. (The first call also loads Prisma's query compiler, so it is not the one timed.)
    await expectTRPCError(caller.workspace.listMine(), "SERVICE_UNAVAILABLE");
    const started = performance.now();
    const error = await expectTRPCError(caller.comment.add(input), "SERVICE_UNAVAILABLE");
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    // Refused connections fail at once: nobody waits for the 5 s connect timeout.
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("a database already closed by a shutting-down server is refused the same way", async () => {
    const caller = await callerFor(await endedPool(), someone);
    const error = await expectTRPCError(caller.comment.add(input), "SERVICE_UNAVAILABLE");
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("over HTTP the answer is 503 with the message and the UNAVAILABLE code the UI reads", async () => {
    const db = await postgresThatIsDown();
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://factdesk.test/api/trpc/comment.add", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      }),
      router: appRouter,
      createContext: async () => ({ db, userId: someone.id, ip: null, bus: { publish: async () => {}, subscribe: () => () => {}, close: async () => {} } }),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { json: { message: string; data: { code: string; appCode: string; httpStatus: number } } } };
    expect(body.error.json.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(body.error.json.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", appCode: "UNAVAILABLE", httpStatus: 503 });
  });
});
