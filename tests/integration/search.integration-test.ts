import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { approveClaim, callerFor, createDesk } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const TEXT =
  "Officials said 46 people were killed in the Kunduz mosque bombing on Friday. " +
  "Unemployment rose to 12 percent last year, the statistics office said. " +
  "در ولسوالی امام صاحب ۱۵۰۰ خانواده از خانه‌های خود آواره شدند. " +
  "Local reports said 46 were killed in the Kunduz mosque bombing.";
const FOLLOW_UP = "The governor confirmed that 46 people were killed in the Kunduz mosque bombing last week.";
const VERDICT = { rating: "false", rationale: "The hospital register lists 41 deaths." };

/** A desk with one article and the claims named below, each over the sentence that holds `from`. */
async function deskWithClaims<K extends string>(claims: Record<K, { from: string; wording: string }>, text = TEXT) {
  const desk = await createDesk(db);
  const ws = desk.workspace.id;
  const editor = await callerFor(db, desk.editor);
  const title = `Kunduz ${ws.slice(-4)}`;
  const article = { ...(await editor.article.create({ workspaceId: ws, title, text })), title };
  const ids = {} as Record<K, string>;
  for (const [key, { from, wording }] of Object.entries(claims) as [K, { from: string; wording: string }][]) {
    const start = text.indexOf(from);
    const end = text.indexOf(".", start) + 1;
    ids[key] = (await editor.claim.create({ workspaceId: ws, articleId: article.id, start, end, wording })).id;
  }
  const approve = (claimId: string) => approveClaim(db, ws, claimId, { reviewer: desk.reviewer, approver: desk.admin }, VERDICT);
  return { ...desk, ws, article, ids, editor, approve, viewerCaller: await callerFor(db, desk.viewer) };
}

const CLAIMS = {
  killed: { from: "Officials", wording: "46 people killed in Kunduz mosque bombing" },
  jobs: { from: "Unemployment", wording: "Unemployment rose to 12 percent" },
  displaced: { from: "در ولسوالی", wording: "۱۵۰۰ خانواده در امام صاحب آواره شدند" },
  local: { from: "Local reports", wording: "46 killed in Kunduz mosque bombing, local reports say" },
};

describe("claim search", () => {
  it("finds a claim by a word in the middle of its wording or quoted text, in any case, best match first", async () => {
    const d = await deskWithClaims(CLAIMS);
    const search = (query: string) => d.viewerCaller.claim.search({ workspaceId: d.ws, query }).then((hits) => hits.map((h) => h.id));
    expect(await search("MOSQUE")).toEqual(expect.arrayContaining([d.ids.killed, d.ids.local]));
    expect(await search("statistics office")).toEqual([d.ids.jobs]); // only in the quoted text
    expect((await search("46 people killed in Kunduz"))[0]).toBe(d.ids.killed);
    const [hit] = await d.viewerCaller.claim.search({ workspaceId: d.ws, query: "percent" });
    expect(hit).toMatchObject({ id: d.ids.jobs, articleId: d.article.id, article: { title: d.article.title }, status: "OPEN", assignee: null, verdict: null, match: "exact" });
  });

  it("finds Arabic-script (Dari/Pashto) text, in the wording and in the quoted text", async () => {
    const d = await deskWithClaims(CLAIMS);
    const search = (query: string) => d.viewerCaller.claim.search({ workspaceId: d.ws, query }).then((hits) => hits.map((h) => h.id));
    expect(await search("خانواده")).toEqual([d.ids.displaced]);
    expect(await search("ولسوالی")).toEqual([d.ids.displaced]); // only in the quoted text
    expect(await search("آواره")).toEqual([d.ids.displaced]);
  });

  it("shows the assignee and the verdict", async () => {
    const d = await deskWithClaims(CLAIMS);
    await d.approve(d.ids.jobs);
    const [hit] = await d.viewerCaller.claim.search({ workspaceId: d.ws, query: "Unemployment" });
    expect(hit).toMatchObject({ status: "APPROVED", assignee: { name: d.reviewer.name }, verdict: { rating: "false" } });
  });

  it("when no claim contains the query, offers close spellings, marked as such; LIKE wildcards match only themselves", async () => {
    const d = await deskWithClaims(CLAIMS);
    const search = (query: string) => d.viewerCaller.claim.search({ workspaceId: d.ws, query });
    const fuzzy = await search("Kundoz mosque");
    expect(fuzzy.map((h) => h.id).sort()).toEqual([d.ids.killed, d.ids.local].sort());
    expect(fuzzy.map((h) => h.match)).toEqual(["close", "close"]);
    expect(await search("Helmand province")).toEqual([]);
    // "_" is not "any character": nothing contains "4_ people", so only close spellings come back.
    expect((await search("4_ people")).map((h) => h.match)).not.toContain("exact");
    expect((await search("12 percent%")).map((h) => h.match)).not.toContain("exact");
  });

  it("never returns another workspace's claims", async () => {
    const mine = await deskWithClaims(CLAIMS);
    const theirs = await deskWithClaims(CLAIMS);
    const hits = await mine.viewerCaller.claim.search({ workspaceId: mine.ws, query: "Kunduz mosque", take: 100 });
    expect(hits.map((h) => h.id).sort()).toEqual([mine.ids.killed, mine.ids.local].sort());
    // Asking with the other desk's id is refused as if it did not exist.
    await expectTRPCError(mine.viewerCaller.claim.search({ workspaceId: theirs.ws, query: "Kunduz" }), "NOT_FOUND");
  });

  it("refuses a query too short to search, or missing, with a message saying what to type", async () => {
    const d = await deskWithClaims({});
    const search = (query: unknown) => d.viewerCaller.claim.search({ workspaceId: d.ws, query } as { workspaceId: string; query: string });
    expect((await expectTRPCError(search("ab"), "BAD_REQUEST")).message).toMatch(/at least 3 letters or digits/);
    expect((await expectTRPCError(search("  % _ "), "BAD_REQUEST")).message).toMatch(/at least 3 letters or digits/);
    expect((await expectTRPCError(search("   "), "BAD_REQUEST")).message).toMatch(/Type something to search for/);
    expect((await expectTRPCError(search("x".repeat(201)), "BAD_REQUEST")).message).toMatch(/under 200 characters/);
    expect((await expectTRPCError(search(undefined), "BAD_REQUEST")).message).toMatch(/Type something to search for/);
    await expectTRPCError((await callerFor(db, null)).claim.search({ workspaceId: d.ws, query: "Kunduz" }), "UNAUTHORIZED");
  });
});

describe("similar claims already checked", () => {
  it("lists approved and published claims with a similar wording, on this article or another, never the claim itself", async () => {
    const d = await deskWithClaims(CLAIMS);
    await d.approve(d.ids.local);
    await d.approve(d.ids.jobs); // checked, but not similar
    // Another article of the desk, its checked claim published.
    const other = await d.editor.article.create({ workspaceId: d.ws, title: "Kunduz follow-up", text: FOLLOW_UP });
    const published = await d.editor.claim.create({ workspaceId: d.ws, articleId: other.id, start: 0, end: FOLLOW_UP.length, wording: "46 people killed in Kunduz mosque bombing, local reports say" });
    await d.approve(published.id);
    await d.editor.publication.publish({ workspaceId: d.ws, articleId: other.id, includeUnverified: true, corrections: [] });

    const similar = await d.viewerCaller.claim.similar({ workspaceId: d.ws, claimId: d.ids.killed });
    expect(similar.map((s) => [s.id, s.status])).toEqual([
      [published.id, "PUBLISHED"],
      [d.ids.local, "APPROVED"],
    ]);
    expect(similar[0]).toMatchObject({ articleId: other.id, article: { title: "Kunduz follow-up" }, verdict: { rating: "false" } });
    expect(similar[0]!.similarity).toBeGreaterThan(similar[1]!.similarity);
    // The approved claim itself sees the other checked one, not itself.
    const fromLocal = await d.viewerCaller.claim.similar({ workspaceId: d.ws, claimId: d.ids.local });
    expect(fromLocal.map((s) => s.id)).toEqual([published.id]);
  });

  it("leaves out claims not yet checked (open, in review) and other workspaces' checked claims", async () => {
    const mine = await deskWithClaims(CLAIMS);
    const theirs = await deskWithClaims(CLAIMS);
    await theirs.approve(theirs.ids.local);
    const reviewer = await callerFor(db, mine.reviewer);
    await reviewer.claim.take({ workspaceId: mine.ws, claimId: mine.ids.local });
    await reviewer.verdict.propose({ workspaceId: mine.ws, claimId: mine.ids.local, claimVersion: 2, confidence: 80, ...VERDICT });
    expect(await mine.viewerCaller.claim.similar({ workspaceId: mine.ws, claimId: mine.ids.killed })).toEqual([]);
  });

  it("refuses a claim of another workspace, or none, as not found", async () => {
    const mine = await deskWithClaims(CLAIMS);
    const theirs = await deskWithClaims(CLAIMS);
    const refused = await expectTRPCError(mine.viewerCaller.claim.similar({ workspaceId: mine.ws, claimId: theirs.ids.killed }), "NOT_FOUND");
    expect(refused.message).toMatch(/Claim not found/);
    await expectTRPCError(mine.viewerCaller.claim.similar({ workspaceId: mine.ws, claimId: "no-such-claim" }), "NOT_FOUND");
    await expectTRPCError(mine.viewerCaller.claim.similar({ workspaceId: mine.ws, claimId: "" }), "BAD_REQUEST");
  });
});
