import { describe, expect, it } from "vitest";
import { InProcessEventBus } from "@/server/realtime/event-bus";
import { PgNotifyEventBus } from "@/server/realtime/pg-event-bus";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDeskWithClaim } from "../helpers/factories";
import { hasEvent, openLiveFeed, viewersAre } from "../helpers/live";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

describe("an article's live feed", () => {
  it("shows a claim taken by someone else, and who is viewing", async () => {
    const d = await createDeskWithClaim(db);
    const bus = new InProcessEventBus();
    const editorFeed = await openLiveFeed(db, bus, d.editor, { workspaceId: d.ws, articleId: d.article.id });
    await editorFeed.waitFor(viewersAre([d.editor.name]));
    const reviewerFeed = await openLiveFeed(db, bus, d.reviewer, { workspaceId: d.ws, articleId: d.article.id });
    await editorFeed.waitFor(viewersAre([d.editor.name, d.reviewer.name]));

    await (await callerFor(db, d.reviewer, bus)).claim.take({ workspaceId: d.ws, claimId: d.claim.id });
    const got = await editorFeed.waitFor(hasEvent("claim.taken"), 1000);
    expect(got.message).toMatchObject({ type: "events", events: [{ action: "claim.taken", claimId: d.claim.id, actor: { name: d.reviewer.name } }] });
    expect(got.id).toMatch(/^\d+$/);

    await reviewerFeed.close();
    await editorFeed.waitFor(viewersAre([d.editor.name]));
    await editorFeed.close();
    expect(await db.articleViewer.count({ where: { articleId: d.article.id } })).toBe(0);
  });

  it("a reconnecting viewer gets what it missed, from its last event id", async () => {
    const d = await createDeskWithClaim(db);
    const bus = new InProcessEventBus();
    const first = await openLiveFeed(db, bus, d.editor, { workspaceId: d.ws, articleId: d.article.id });
    const reviewer = await callerFor(db, d.reviewer, bus);
    await reviewer.claim.take({ workspaceId: d.ws, claimId: d.claim.id });
    const seen = await first.waitFor(hasEvent("claim.taken"));
    await first.close();
    // While disconnected: a comment and a release.
    await reviewer.comment.add({ workspaceId: d.ws, claimId: d.claim.id, body: "Looking for the report" });
    await reviewer.claim.release({ workspaceId: d.ws, claimId: d.claim.id, version: d.claim.version + 1 });
    const again = await openLiveFeed(db, bus, d.editor, { workspaceId: d.ws, articleId: d.article.id, lastEventId: seen.id });
    await again.waitFor(hasEvent("claim.released"));
    const actions = again.received.flatMap((r) => (r.message.type === "events" ? r.message.events.map((e) => e.action) : []));
    expect(actions).toEqual(["comment.added", "claim.released"]);
    await again.close();
  });

  it("is refused to non-members and to articles of another workspace", async () => {
    const d = await createDeskWithClaim(db);
    const other = await createDeskWithClaim(db);
    const bus = new InProcessEventBus();
    await expectTRPCError(openLiveFeed(db, bus, other.editor, { workspaceId: d.ws, articleId: d.article.id }), "NOT_FOUND");
    await expectTRPCError(openLiveFeed(db, bus, d.editor, { workspaceId: d.ws, articleId: other.article.id }), "NOT_FOUND");
  });
});

describe.runIf(process.env.DATABASE_URL)("two app servers on one PostgreSQL", () => {
  it("a change made through one server reaches a viewer connected to the other", async () => {
    const d = await createDeskWithClaim(db);
    const serverA = new PgNotifyEventBus(process.env.DATABASE_URL!);
    const serverB = new PgNotifyEventBus(process.env.DATABASE_URL!);
    try {
      const feed = await openLiveFeed(db, serverA, d.editor, { workspaceId: d.ws, articleId: d.article.id });
      await serverA.ready();
      await feed.waitFor(viewersAre([d.editor.name]));
      await (await callerFor(db, d.reviewer, serverB)).claim.take({ workspaceId: d.ws, claimId: d.claim.id });
      await feed.waitFor(hasEvent("claim.taken"), 2000);
      await feed.close();
    } finally {
      await serverA.close();
      await serverB.close();
    }
  });
});
