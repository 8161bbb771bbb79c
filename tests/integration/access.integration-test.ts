/**
 * The authorization matrix, checked: every procedure of the app router (read
 * from the router, so new ones are covered) is called as each persona —
 * signed out, a non-member, and a member of every role — against the real
 * database, and what happens is compared with tests/helpers/access-matrix.ts,
 * where the expected outcome is written down once. All differences are
 * reported together, as one table.
 *
 * The procedures share a workspace (tests/helpers/access-world.ts), and each
 * call gets an input that succeeds for a permitted caller
 * (tests/helpers/access-inputs.ts): so "allowed" means the call got through
 * the domain code as well, and a refusal can only be about the caller.
 */
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import { startNewsServer } from "@/features/intake/news-server.fixture";
import { createCaller } from "@/server/api/root";
import { ACCESS_INPUTS } from "../helpers/access-inputs";
import { ACCESS_MATRIX, type Persona, PERSONAS } from "../helpers/access-matrix";
import { createAccessWorld, isIntact, type Person } from "../helpers/access-world";
import { openTestDatabase } from "../helpers/db";
import { testBus } from "../helpers/factories";
import { callPath, listProcedures } from "../helpers/procedures";

const db = (await openTestDatabase()).prisma;
// article.importUrl fetches from a local server, which the private-address guard lets through only when allowlisted.
const news = await startNewsServer();
const allowlistBefore = process.env.FACTDESK_FETCH_ALLOWLIST;
process.env.FACTDESK_FETCH_ALLOWLIST = `127.0.0.1:${news.port}`;
afterAll(async () => {
  if (allowlistBefore === undefined) delete process.env.FACTDESK_FETCH_ALLOWLIST;
  else process.env.FACTDESK_FETCH_ALLOWLIST = allowlistBefore;
  await news.close();
});

const procedures = listProcedures();
const inRouter = new Set(procedures.map((p) => p.path));
/** A subscription that sends nothing within this time counts as a hang. */
const FIRST_MESSAGE_MS = 5_000;

type Actual = { outcome: string; detail?: string };

async function callAs(user: Person | null, path: string, type: string, input: unknown): Promise<Actual> {
  const controller = new AbortController();
  try {
    const caller = createCaller({ db, userId: user?.id ?? null, ip: "203.0.113.7", bus: testBus }, { signal: controller.signal });
    const result = await callPath(caller, path, input);
    // A subscription may be refused only when it is read; its first message (who is viewing) proves it opened.
    if (type === "subscription") await firstMessage(result as AsyncIterable<unknown>);
    return { outcome: "allowed" };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, detail: error.message };
    return { outcome: "a crash", detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    controller.abort();
  }
}

async function firstMessage(stream: AsyncIterable<unknown>): Promise<void> {
  const iterator = stream[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no first message within ${FIRST_MESSAGE_MS} ms`)), FIRST_MESSAGE_MS);
  });
  try {
    await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
    await iterator.return?.(undefined);
  }
}

type Mismatch = { path: string; persona: Persona; expected: string; actual: Actual };

function report(mismatches: Mismatch[]): string {
  const width = Math.max(...mismatches.map((m) => m.path.length));
  const lines = mismatches.map(
    (m) => `  ${m.path.padEnd(width)}  ${m.persona.padEnd(9)}  expected ${m.expected.padEnd(12)}  got ${m.actual.outcome}${m.actual.detail ? ` (${m.actual.detail.slice(0, 160)})` : ""}`,
  );
  return (
    `${mismatches.length} call(s) differ from tests/helpers/access-matrix.ts.\n` +
    "Fix the app when it is wrong; change the matrix only when the rule itself changed.\n" +
    lines.join("\n")
  );
}

describe("the access matrix covers the router", () => {
  it("has a row for every procedure, and every row names one", () => {
    const missing = procedures.filter((p) => !ACCESS_MATRIX[p.path]).map((p) => p.path);
    expect(missing, "procedures without a row in ACCESS_MATRIX (tests/helpers/access-matrix.ts): say who may call them").toEqual([]);
    const unknown = Object.keys(ACCESS_MATRIX).filter((path) => !inRouter.has(path));
    expect(unknown, "rows in ACCESS_MATRIX naming no procedure of the router (renamed or removed?)").toEqual([]);
  });

  it("every procedure is built on publicProcedure, authedProcedure or workspaceProcedure", () => {
    // Only those carry `meta.access`; one made from the bare tRPC procedure would skip error conversion and the NUL guard.
    const bare = procedures.filter((p) => !["public", "user", "workspace"].includes(p.meta.access)).map((p) => p.path);
    expect(bare, "procedures not built on the app's base procedures (src/server/api/trpc.ts)").toEqual([]);
  });

  it("has an input for every procedure, and every input names one", () => {
    const missing = procedures.filter((p) => !ACCESS_INPUTS[p.path]).map((p) => p.path);
    expect(missing, "procedures without an input in ACCESS_INPUTS (tests/helpers/access-inputs.ts): give one that succeeds for a permitted caller").toEqual([]);
    const unknown = Object.keys(ACCESS_INPUTS).filter((path) => !inRouter.has(path));
    expect(unknown, "inputs in ACCESS_INPUTS naming no procedure of the router").toEqual([]);
  });
});

describe("every procedure × persona gets what the matrix says", () => {
  const checked = procedures.filter((p) => ACCESS_MATRIX[p.path] && ACCESS_INPUTS[p.path]);

  it(`${checked.length} procedures × ${PERSONAS.length} personas`, async () => {
    const started = Date.now();
    const mismatches: Mismatch[] = [];
    let world = await createAccessWorld(db, `${news.origin}/article`);
    for (const p of checked) {
      // Inputs name fresh objects, so one workspace serves every procedure until a call changes its members (leave).
      if (!(await isIntact(world))) world = await createAccessWorld(db, `${news.origin}/article`);
      for (const persona of PERSONAS) {
        const user = persona === "signedOut" ? null : world.people[persona];
        let actual: Actual;
        try {
          const input = await ACCESS_INPUTS[p.path]!(world, user ?? world.people.admin);
          actual = await callAs(user, p.path, p.type, input);
        } catch (error) {
          actual = { outcome: "a failed setup", detail: error instanceof Error ? error.message : String(error) };
        }
        const expected = ACCESS_MATRIX[p.path]![persona];
        if (actual.outcome !== expected) mismatches.push({ path: p.path, persona, expected, actual });
      }
    }
    console.info(`[access] ${checked.length} procedures × ${PERSONAS.length} personas in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (mismatches.length) throw new Error(report(mismatches));
  }, 180_000);
});
