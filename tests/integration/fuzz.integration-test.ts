/**
 * Property-based fuzzing of every procedure's input (fast-check): whatever a
 * client sends, a procedure either answers or refuses with a clear 4xx — never
 * a 500, never a raw database error, never a message a journalist cannot read.
 *
 * Every query and mutation of the app router (read from the router, so new ones
 * are covered) is called as the ADMIN of a real desk with a mix of arbitrary
 * values and near-valid inputs built from the desk's real ids (see
 * tests/helpers/fuzz-inputs.ts). The one subscription, live.article, is opened
 * with the same kind of input, its first message read, and closed again.
 * Each procedure gets a fresh desk; a case that consumed part of it (the admin
 * left or was demoted, a member was removed, the comment deleted, …) is
 * followed by a repair, counted in the summary, so later cases stay meaningful.
 *
 * Sized for `npm test`: 200 cases per procedure, about 60–75 s for the file on
 * PGlite or PostgreSQL on a 2-core machine. Knobs:
 *   FUZZ_RUNS=1000   cases per procedure (the issue's ≥1,000 per procedure; about 4–5 min)
 *   FUZZ_SEED=123    seed (default 20261126, so CI is reproducible; each procedure uses
 *                    FUZZ_SEED xor a hash of its path, so `-t <path>` reproduces one alone)
 *
 *   FUZZ_RUNS=1000 npx vitest run --project integration tests/integration/fuzz.integration-test.ts
 *
 * Every problem found is listed (procedure, problem, smallest input seen, how
 * often) in the failing test of its procedure and in the summary at the end.
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getErrorShape, getTRPCErrorFromUnknown, type AnyProcedure } from "@trpc/server/unstable-core-do-not-import";
import fc from "fast-check";
import { ZodError } from "zod";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE } from "@/features/verdicts/rating-scale";
import { appRouter, createCaller } from "@/server/api/root";
import { openTestDatabase } from "../helpers/db";
import { addMember, approveClaim, callerFor, createDeskWithClaim, testBus } from "../helpers/factories";
import { ARTICLE_TEXT, type FuzzDesk, inputFields, plausibleField, procedureInput, resolveInput, showInput } from "../helpers/fuzz-inputs";
import { callPath, listProcedures } from "../helpers/procedures";

const RUNS = readInt("FUZZ_RUNS", 200, 1);
const SEED = readInt("FUZZ_SEED", 20261126);
/** A call (or a subscription's first message) slower than this is reported as a hang. */
const CALL_TIMEOUT_MS = 30_000;

const db = (await openTestDatabase()).prisma;
const routerProcedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedures = listProcedures().map((p) => ({ ...p, fields: inputFields(routerProcedures[p.path]!._def.inputs) }));
const fuzzed = procedures.filter((p) => p.type === "query" || p.type === "mutation" || p.path === "live.article");

console.info(`[fuzz] FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}: ${fuzzed.length} procedures × ${RUNS} cases`);

// ---------------------------------------------------------------- the desk under test

/** Another desk whose ids appear in inputs; the caller is not a member, so no case may change it (checked after each successful mutation). */
const foreign = await (async () => {
  const d = await createDeskWithClaim(db);
  const comment = await (await callerFor(db, d.reviewer)).comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "Foreign desk comment." });
  const member = await db.membership.findFirstOrThrow({ where: { workspaceId: d.ws, userId: d.editor.id } });
  return { workspaceId: d.ws, workspaceSlug: d.workspace.slug, articleId: d.article.id, claimId: d.claim.id, memberId: member.id, userId: d.editor.id, commentId: comment.id };
})();

/** What a write to the foreign desk would change. */
async function foreignFingerprint(): Promise<string> {
  const [events, claim, members, comment] = await Promise.all([
    db.auditEvent.count({ where: { workspaceId: foreign.workspaceId } }),
    db.claim.findUnique({ where: { id: foreign.claimId }, select: { version: true, status: true, wording: true } }),
    db.membership.findMany({ where: { workspaceId: foreign.workspaceId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
    db.comment.findUnique({ where: { id: foreign.commentId }, select: { body: true, deletedAt: true } }),
  ]);
  return JSON.stringify({ events, claim, members, comment });
}
let foreignBefore = await foreignFingerprint();

const ORIGINAL_ROLES = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER", "ADMIN"] as const;

/**
 * A desk with something for every id an input can name: two articles (one
 * analysed, with sentences and a published summary), claims OPEN (two, on one
 * article), PUBLISHED and NEEDS_REVIEW, the caller's own comment and another's
 * mentioning them (so a notification), evidence, an open invitation, and
 * members of every role plus a second admin (so leaving, or demoting oneself,
 * can succeed).
 */
async function createFuzzDesk(): Promise<FuzzDesk> {
  const d = await createDeskWithClaim(db);
  const ws = d.ws;
  const coAdmin = await addMember(db, ws, "ADMIN");
  const admin = await callerFor(db, d.admin);
  const reviewer = await callerFor(db, d.reviewer);
  const article = await admin.article.create({ workspaceId: ws, title: "Kunduz: casualties and returns", text: ARTICLE_TEXT });
  const sentences = await db.sentence.findMany({ where: { articleId: article.id }, orderBy: { index: "asc" }, select: { id: true } });
  const published = await admin.claim.createFromSuggestion({ workspaceId: ws, articleId: article.id, sentenceId: sentences[0]!.id });
  await approveClaim(db, ws, published.id, { reviewer: d.reviewer, approver: d.admin }, { rating: "false", rationale: "The hospital register lists 41 deaths." });
  await admin.publication.publish({ workspaceId: ws, articleId: article.id, includeUnverified: true, corrections: [] });
  const inReview = await admin.claim.createFromSuggestion({ workspaceId: ws, articleId: article.id, sentenceId: sentences[1]!.id });
  await reviewer.claim.take({ workspaceId: ws, claimId: inReview.id });
  await reviewer.verdict.propose({ workspaceId: ws, claimId: inReview.id, claimVersion: inReview.version + 1, rating: "misleading", rationale: "Only 900 families are registered.", confidence: 50 });
  // A second OPEN claim on the first article, so two claims can be merged.
  const text = d.article.text;
  const second = await d.editorCaller.claim.create({ workspaceId: ws, articleId: d.article.id, start: text.indexOf(".") + 2, end: text.length });
  const own = await admin.comment.add({ workspaceId: ws, claimId: d.claim.id, body: "Checking the ministry's figure." });
  const mention = await d.editorCaller.comment.add({ workspaceId: ws, claimId: d.claim.id, body: `@[${d.admin.name}](user:${d.admin.id}) can you look at this?` });
  const evidence = await admin.evidence.add({ workspaceId: ws, claimId: d.claim.id, url: "https://example.org/ministry-statement", title: "Ministry statement", stance: "SUPPORTS" });
  const invitation = await admin.invitation.create({ workspaceId: ws, role: "REVIEWER" });
  const people = [d.admin, d.editor, d.reviewer, d.viewer, coAdmin];
  const memberships = await db.membership.findMany({ where: { workspaceId: ws }, select: { id: true, userId: true } });
  const desk: FuzzDesk = {
    workspaceId: ws,
    workspaceSlug: d.workspace.slug,
    articleIds: [d.article.id, article.id],
    claims: [d.claim.id, published.id, inReview.id, second.id].map((id) => ({ id, version: 1, verdictVersion: null })),
    sentenceIds: sentences.map((s) => s.id),
    commentIds: [own.id, mention.id],
    evidenceIds: [evidence.id],
    invitationIds: [invitation.id],
    invitationTokens: [invitation.token],
    notificationIds: (await db.notification.findMany({ where: { userId: d.admin.id }, select: { id: true } })).map((n) => n.id),
    members: people.map((u) => ({ memberId: memberships.find((m) => m.userId === u.id)!.id, userId: u.id, name: u.name, email: u.email })),
    ratingIds: DEFAULT_RATING_SCALE.ratings.map((r) => r.id),
    foreign,
  };
  await refreshVersions(desk);
  return desk;
}

async function refreshVersions(desk: FuzzDesk): Promise<boolean> {
  const rows = await db.claim.findMany({ where: { id: { in: desk.claims.map((c) => c.id) } }, select: { id: true, version: true, verdict: { select: { version: true } } } });
  for (const c of desk.claims) {
    const row = rows.find((r) => r.id === c.id);
    if (!row) return false;
    c.version = row.version;
    c.verdictVersion = row.verdict?.version ?? null;
  }
  return true;
}

type Bench = { desk: FuzzDesk; repairs: Map<string, number> };

const note = (bench: Bench, what: string) => bench.repairs.set(what, (bench.repairs.get(what) ?? 0) + 1);

/**
 * After a successful mutation: puts back what the case consumed, so the next
 * cases are not trivially NOT_FOUND (the caller's membership and role, the
 * other members, the comment, evidence, invitation and the public summary);
 * when that is not possible (claims merged away), the desk is recreated.
 */
async function repairDesk(bench: Bench): Promise<void> {
  const desk = bench.desk;
  const ws = desk.workspaceId;
  try {
    const memberships = await db.membership.findMany({ where: { workspaceId: ws }, select: { id: true, userId: true, role: true } });
    for (const [i, member] of desk.members.entries()) {
      const row = memberships.find((m) => m.userId === member.userId);
      const role = ORIGINAL_ROLES[i]!;
      const who = i === 0 ? "the caller" : i === 4 ? "the second admin" : `the ${role.toLowerCase()}`;
      if (!row) {
        member.memberId = (await db.membership.create({ data: { workspaceId: ws, userId: member.userId, role }, select: { id: true } })).id;
        note(bench, `${who} lost membership (re-added)`);
      } else if (row.role !== role) {
        await db.membership.update({ where: { id: row.id }, data: { role } });
        note(bench, `${who} changed role (restored)`);
      }
    }
    if (!(await refreshVersions(desk))) return await recreate(bench, "claims merged away (desk recreated)");
    const admin = await callerFor(db, { id: desk.members[0]!.userId });
    const [ownComment, evidence, invitation, publication] = await Promise.all([
      db.comment.findUnique({ where: { id: desk.commentIds[0]! }, select: { deletedAt: true } }),
      db.evidence.findUnique({ where: { id: desk.evidenceIds[0]! }, select: { id: true } }),
      db.invitation.findUnique({ where: { id: desk.invitationIds[0]! }, select: { acceptedAt: true, revokedAt: true } }),
      db.publication.findUnique({ where: { articleId: desk.articleIds[1]! }, select: { unpublishedAt: true } }),
    ]);
    if (!ownComment || ownComment.deletedAt) {
      desk.commentIds[0] = (await admin.comment.add({ workspaceId: ws, claimId: desk.claims[0]!.id, body: "A fresh comment of the caller." })).id;
      note(bench, "own comment deleted (re-added)");
    }
    if (!evidence) {
      const url = `https://example.org/source-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      desk.evidenceIds[0] = (await admin.evidence.add({ workspaceId: ws, claimId: desk.claims[0]!.id, url, title: "Source", stance: "CONTEXT" })).id;
      note(bench, "evidence removed (re-added)");
    }
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
      const fresh = await admin.invitation.create({ workspaceId: ws, role: "VIEWER" });
      desk.invitationIds[0] = fresh.id;
      desk.invitationTokens[0] = fresh.token;
      note(bench, "invitation used or revoked (new one)");
    }
    if (!publication || publication.unpublishedAt) {
      await admin.publication.publish({ workspaceId: ws, articleId: desk.articleIds[1]!, includeUnverified: true, corrections: [] });
      note(bench, "summary unpublished (republished)");
    }
    await refreshVersions(desk);
  } catch (error) {
    // The cases moved the desk somewhere a repair cannot follow (e.g. a claim dismissed, so no evidence can be added).
    await recreate(bench, `repair impossible: ${firstLine(error)} (desk recreated)`);
  }
}

async function recreate(bench: Bench, why: string) {
  note(bench, why);
  bench.desk = await createFuzzDesk();
}

// ---------------------------------------------------------------- calling and judging

type Outcome = { ok: true } | { ok: false; error: unknown };

async function call(path: string, type: string, desk: FuzzDesk, input: unknown): Promise<Outcome> {
  const ctx = { db, userId: desk.members[0]!.userId, ip: "203.0.113.7", bus: testBus };
  const controller = new AbortController();
  try {
    const caller = createCaller(ctx, { signal: controller.signal });
    const result = await withTimeout(callPath(caller, path, input), `${path} did not answer`);
    if (type === "subscription" && isAsyncIterable(result)) {
      // Read the first message (what the feed does with its input happens here), then close the stream.
      const iterator = result[Symbol.asyncIterator]();
      try {
        await withTimeout(iterator.next(), `${path} sent no first message`);
      } finally {
        controller.abort();
        await iterator.return?.(undefined);
      }
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  } finally {
    controller.abort();
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

const PRISMA_ERROR = /^(Prisma|DriverAdapter)/;

/**
 * Zod's own wording for a missing field or a NaN, "Invalid input: expected
 * string, received undefined", names the JavaScript type of what arrived; it is
 * allowed (only in refusals caused by the input schema). Everywhere else
 * "undefined", "NaN" or "[object Object]" betray a message built from a value
 * that was not there.
 */
const ZOD_RECEIVED = /\breceived (undefined|NaN)\b/g;

/** Why a refusal is not acceptable, or null when it is a clear 4xx. */
function judge(path: string, type: string, input: unknown, thrown: unknown): string | null {
  const error = thrown instanceof TRPCError ? thrown : getTRPCErrorFromUnknown(thrown);
  const cause = error.cause;
  const status = getHTTPStatusCodeFromError(error);
  if (status < 400 || status >= 500 || error.code === "INTERNAL_SERVER_ERROR") return `${status} ${error.code}: ${describeError(cause ?? error)}`;
  if (cause && PRISMA_ERROR.test(cause.constructor.name)) return `${status} ${error.code} wrapping a raw ${describeError(cause)}`;
  // What the HTTP response says: the app's errorFormatter turns zod issues into one readable line.
  const shape = getErrorShape({ config: appRouter._def._config, error, type: type as "query", path, input, ctx: undefined });
  const message = String(shape.message ?? "").trim();
  const checked = cause instanceof ZodError ? message.replace(ZOD_RECEIVED, "received a missing value") : message;
  const problem =
    !message ? "an empty message"
    : /\n\s+at\s/.test(message) ? "a stack trace in the message"
    : /prisma/i.test(message) ? "a Prisma message"
    : /^[[{]/.test(message) ? "a JSON dump as the message"
    : /\bundefined\b|\bNaN\b|\[object Object\]/.test(checked) ? "a message built from a missing value"
    : !/\p{L}{2}/u.test(message) ? "a message without words"
    : null;
  return problem ? `${status} ${error.code} with ${problem}: ${JSON.stringify(message.slice(0, 300))}` : null;
}

/** The error's class and the line that says what went wrong (for Prisma, the database's own message at the end). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const name = error.constructor.name;
  if (!PRISMA_ERROR.test(name)) return `${name}: ${firstLine(error)}`;
  const code = (error as { code?: unknown }).code;
  const lines = error.message.split("\n").map((l) => l.trim()).filter(Boolean);
  return `${name}${typeof code === "string" ? ` ${code}` : ""}: ${(lines.at(-1) ?? "").slice(0, 240)}`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.trim().slice(0, 240);
}

// ---------------------------------------------------------------- bookkeeping

type Problem = { path: string; problem: string; input: string; count: number };
type Stats = { cases: number; ok: number; bad: number; refused: Map<string, number>; pastSchema: number; repairs: Map<string, number>; ms: number };

const problems = new Map<string, Problem>();
const stats = new Map<string, Stats>();

function recordProblem(path: string, problem: string, input: unknown) {
  // One entry per kind of problem: ids, numbers and quoted values vary between cases; Prisma's and the database's error codes do not.
  const codes = problem.match(/\bP\d{4}\b|(?<=Code: `)\w+(?=`)/g)?.join(",") ?? "";
  const key = `${path}|${codes}|${problem.replace(/"[^"]*"|`[^`]*`|'[^']*'/g, "…").replace(/\d+/g, "N").slice(0, 160)}`;
  const shown = showInput(input);
  const seen = problems.get(key);
  if (!seen) problems.set(key, { path, problem, input: shown, count: 1 });
  else {
    seen.count++;
    if (shown.length < seen.input.length) Object.assign(seen, { input: shown, problem });
  }
}

function report(list: Problem[]): string {
  return list.map((p) => `  ✗ ${p.path}: ${p.problem}\n      input (smallest of ${p.count}): ${p.input}`).join("\n");
}

function readInt(name: string, fallback: number, min = -(2 ** 31)): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

/** A per-procedure seed, so one procedure's cases do not depend on which others ran before it. */
function seedFor(path: string): number {
  let h = 0x811c9dc5;
  for (const ch of path) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (SEED ^ h) | 0;
}

// ---------------------------------------------------------------- the tests

describe("the fuzzer covers the whole router", () => {
  it("has exactly one subscription, live.article (fuzzed by opening it and closing it again)", () => {
    expect(procedures.filter((p) => p.type === "subscription").map((p) => p.path)).toEqual(["live.article"]);
  });

  it("has a near-valid generator for every input field", () => {
    expect(procedures.length).toBeGreaterThan(40);
    const missing = fuzzed.flatMap((p) => p.fields.filter((f) => !plausibleField(p.path, f)).map((f) => `${p.path}: ${f}`));
    expect(missing, "add these fields to plausibleField() in tests/helpers/fuzz-inputs.ts").toEqual([]);
  });
});

describe(`every procedure answers arbitrary input with success or a clear 4xx (${RUNS} cases each, seed ${SEED})`, () => {
  for (const p of fuzzed) {
    it(
      p.path,
      async () => {
        const started = Date.now();
        const bench: Bench = { desk: await createFuzzDesk(), repairs: new Map() };
        const s: Stats = { cases: 0, ok: 0, bad: 0, refused: new Map(), pastSchema: 0, repairs: bench.repairs, ms: 0 };
        stats.set(p.path, s);

        async function runCase(input: unknown) {
          const outcome = await call(p.path, p.type, bench.desk, input);
          s.cases++;
          if (outcome.ok) {
            s.ok++;
            s.pastSchema++;
            if (p.type !== "mutation") return;
            const foreignNow = await foreignFingerprint();
            if (foreignNow !== foreignBefore) {
              s.bad++;
              recordProblem(p.path, "succeeded and changed a desk the caller is not a member of", input);
              foreignBefore = foreignNow;
            }
            await repairDesk(bench);
            return;
          }
          const problem = judge(p.path, p.type, input, outcome.error);
          if (problem) {
            s.bad++;
            return recordProblem(p.path, problem, input);
          }
          const error = outcome.error as TRPCError;
          const byZod = error.cause instanceof ZodError;
          const kind = byZod ? "schema" : error.code;
          s.refused.set(kind, (s.refused.get(kind) ?? 0) + 1);
          if (!byZod) s.pastSchema++;
        }

        await fc.assert(
          fc.asyncProperty(procedureInput(p.path, p.fields), async (generated) => {
            let input: unknown = generated;
            try {
              input = resolveInput(generated, bench.desk);
              await runCase(input);
            } catch (error) {
              // A bug of the fuzzer itself (e.g. a repair that failed): listed like any other problem, so the run goes on.
              recordProblem(p.path, `the fuzzer itself failed: ${firstLine(error)}`, input);
            }
          }),
          { numRuns: RUNS, seed: seedFor(p.path), endOnFailure: true },
        );
        s.ms = Date.now() - started;
        const mine = [...problems.values()].filter((x) => x.path === p.path);
        if (mine.length) throw new Error(`${mine.length} kind(s) of bad answer from ${p.path}:\n${report(mine)}`);
        // Near-valid inputs must reach the domain code, or the fuzzer only tests zod.
        if (RUNS >= 20) expect(s.pastSchema, `no case of ${p.path} got past its input schema`).toBeGreaterThan(0);
      },
      Math.max(120_000, RUNS * 1_000),
    );
  }
});

afterAll(() => {
  const rows = [...stats.entries()].map(([path, s]) => {
    const refused = [...s.refused.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ");
    const repairs = [...s.repairs.entries()].map(([w, n]) => `${w} ×${n}`).join("; ");
    return `  ${path.padEnd(32)} ${String(s.cases).padStart(5)} cases ${String(s.ok).padStart(5)} ok ${String(s.bad).padStart(4)} bad ${String(s.pastSchema).padStart(5)} past schema ${String((s.ms / 1000).toFixed(1)).padStart(6)} s  ${refused}${repairs ? `  [${repairs}]` : ""}`;
  });
  const all = [...problems.values()];
  console.info(
    `[fuzz] seed ${SEED}, ${RUNS} cases per procedure\n${rows.join("\n")}\n` +
      (all.length ? `[fuzz] ${all.length} kind(s) of bad answer:\n${report(all)}` : "[fuzz] no 500s, every refusal a clear 4xx"),
  );
});
