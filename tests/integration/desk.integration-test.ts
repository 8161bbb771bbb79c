import { describe, expect, it } from "vitest";
import { articleFeed } from "@/server/realtime/article-feed";
import { InProcessEventBus } from "@/server/realtime/event-bus";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const VERDICT = { rating: "false", rationale: "The report says otherwise.", confidence: 85 };

describe("the desk view", () => {
  it("my queue lists the claims I hold and the verdicts by others waiting for my review", async () => {
    const d = await createDeskWithClaim(db);
    const reviewer = await callerFor(db, d.reviewer);
    await reviewer.claim.take({ workspaceId: d.ws, claimId: d.claim.id });
    const mine = await reviewer.desk.myQueue({ workspaceId: d.ws });
    expect(mine.mine.map((c) => c.id)).toEqual([d.claim.id]);
    expect(mine.toReview).toEqual([]);
    await reviewer.verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: d.claim.version + 1, ...VERDICT });
    expect((await reviewer.desk.myQueue({ workspaceId: d.ws })).mine).toEqual([]);
    const editorQueue = await d.editorCaller.desk.myQueue({ workspaceId: d.ws });
    expect(editorQueue.toReview.map((c) => [c.id, c.verdict?.author.id])).toEqual([[d.claim.id, d.reviewer.id]]);
  });

  it("workload counts active claims per member, and the claims list filters by status, assignee and rating", async () => {
    const d = await createDeskWithClaim(db);
    const second = await d.editorCaller.claim.create({ workspaceId: d.ws, articleId: d.article.id, start: d.article.text.indexOf("Officials"), end: d.article.text.length });
    await d.editorCaller.claim.assign({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version, assigneeId: d.reviewer.id });
    await (await callerFor(db, d.reviewer)).verdict.propose({ workspaceId: d.ws, claimId: d.claim.id, claimVersion: d.claim.version + 1, ...VERDICT });
    const workload = await d.editorCaller.desk.workload({ workspaceId: d.ws });
    expect(workload.find((w) => w.userId === d.reviewer.id)).toMatchObject({ byStatus: { NEEDS_REVIEW: 1 }, total: 1 });
    expect(workload.find((w) => w.userId === d.viewer.id)).toBeUndefined();
    const list = (filter: object) => d.editorCaller.desk.claims({ workspaceId: d.ws, ...filter }).then((cs) => cs.map((c) => c.id));
    expect(await list({ status: "NEEDS_REVIEW" })).toEqual([d.claim.id]);
    expect(await list({ assigneeId: "unassigned" })).toEqual([second.id]);
    expect(await list({ assigneeId: d.reviewer.id, rating: "false" })).toEqual([d.claim.id]);
    expect(await list({ rating: "true" })).toEqual([]);
  });
});

describe("the inbox", () => {
  it("counts unread, marks read, and never touches someone else's notifications", async () => {
    const d = await createDeskWithClaim(db);
    await d.editorCaller.claim.assign({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version, assigneeId: d.reviewer.id });
    const reviewer = await callerFor(db, d.reviewer);
    const { items } = await reviewer.notification.list({});
    expect(await reviewer.notification.unreadCount()).toBe(1);
    expect(await d.editorCaller.notification.markRead({ ids: [items[0]!.id] })).toEqual({ updated: 0 });
    expect(await reviewer.notification.unreadCount()).toBe(1);
    expect(await reviewer.notification.markRead({})).toEqual({ updated: 1 });
    expect(await reviewer.notification.unreadCount()).toBe(0);
    await expectTRPCError(reviewer.notification.markRead({ ids: [] }), "BAD_REQUEST");
  });
});

describe("the live feed and membership", () => {
  it("stops streaming to someone removed from the desk", async () => {
    const d = await createDeskWithClaim(db);
    const feed = articleFeed({ db, bus: new InProcessEventBus(), workspaceId: d.ws, articleId: d.article.id, userId: d.reviewer.id, lastEventId: null, signal: undefined, refreshMs: 50 });
    expect((await feed.next()).done).toBe(false); // who is viewing
    await db.membership.delete({ where: { workspaceId_userId: { workspaceId: d.ws, userId: d.reviewer.id } } });
    let result = await feed.next();
    while (!result.done) result = await feed.next(); // presence refreshes until the membership check ends it
    expect(result.done).toBe(true);
    expect(await db.articleViewer.count({ where: { userId: d.reviewer.id } })).toBe(0);
  });
});
