import { randomUUID } from "node:crypto";
import { type TrackedEnvelope, tracked } from "@trpc/server";
import { FEED_BATCH, type FeedEvent, latestSeq, readArticleFeed } from "@/features/live/feed";
import { listViewers, PRESENCE_REFRESH_MS, removeViewer, sweepStaleViewers, touchViewer, type Viewer } from "@/features/live/presence";
import { findMembershipForUser } from "@/features/workspaces/membership";
import type { Db } from "@/server/db";
import type { EventBus } from "./event-bus";

export type LiveMessage = { type: "events"; events: FeedEvent[] } | { type: "presence"; viewers: Viewer[] };

type FeedOptions = {
  db: Db;
  bus: EventBus;
  workspaceId: string;
  articleId: string;
  userId: string;
  /** The last event this client saw (sent back by the browser on reconnect): it gets everything after. */
  lastEventId: string | null | undefined;
  signal: AbortSignal | undefined;
  refreshMs?: number;
};

/** Resolves on the next nudge, the next refresh tick, or abort, whichever comes first. */
function waiter(signal: AbortSignal | undefined) {
  let wake: (() => void) | null = null;
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);
  return {
    notify: () => wake?.(),
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        // Aborted while busy (e.g. suspended at a yield): the abort already fired, so do not wait for it.
        if (signal?.aborted) return resolve();
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      }),
    dispose: () => signal?.removeEventListener("abort", onAbort),
  };
}

function parseSeq(id: string | null | undefined): bigint | null {
  return id && /^\d{1,19}$/.test(id) ? BigInt(id) : null;
}

/**
 * The live feed of one article: changes as they commit (in commit order, each
 * tracked by its seq so a reconnecting browser resumes where it stopped) and
 * who else is viewing. Listens before it reads, so nothing committed in
 * between is missed. Ends when the viewer stops being a member.
 */
export async function* articleFeed(options: FeedOptions): AsyncGenerator<TrackedEnvelope<LiveMessage>, void, unknown> {
  const { db, bus, workspaceId, articleId, userId, signal } = options;
  const refreshMs = options.refreshMs ?? PRESENCE_REFRESH_MS;
  const connectionId = randomUUID();
  const pending = { changes: false, presence: true };
  const wakeup = waiter(signal);
  const stop = bus.subscribe(workspaceId, (message) => {
    if (message.kind === "changes") pending.changes = true;
    else if (message.articleId === articleId) pending.presence = true;
    else return;
    wakeup.notify();
  });
  const resumeFrom = parseSeq(options.lastEventId);
  let cursor = resumeFrom ?? (await latestSeq(db, workspaceId));
  pending.changes = resumeFrom !== null;
  let lastViewers = "";
  try {
    // Rows of connections whose server died are swept by whoever opens a feed next.
    await sweepStaleViewers(db);
    await touchViewer(db, { connectionId, workspaceId, articleId, userId });
    await bus.publish({ workspaceId, kind: "presence", articleId });
    let nextRefresh = Date.now() + refreshMs;
    while (!signal?.aborted) {
      if (pending.changes) {
        pending.changes = false;
        for (;;) {
          const events = await readArticleFeed(db, workspaceId, articleId, cursor);
          if (events.length === 0) break;
          cursor = BigInt(events.at(-1)!.seq);
          yield tracked(cursor.toString(), { type: "events", events } satisfies LiveMessage);
          if (events.length < FEED_BATCH) break;
        }
      }
      if (pending.presence) {
        pending.presence = false;
        const viewers = await listViewers(db, articleId);
        const key = JSON.stringify(viewers);
        if (key !== lastViewers) {
          lastViewers = key;
          yield tracked(cursor.toString(), { type: "presence", viewers } satisfies LiveMessage);
        }
      }
      if (Date.now() >= nextRefresh) {
        nextRefresh = Date.now() + refreshMs;
        // Membership is re-read like on every call: someone removed from the desk stops receiving at once.
        if (!(await findMembershipForUser(db, workspaceId, userId))) return;
        await touchViewer(db, { connectionId, workspaceId, articleId, userId });
        pending.presence = true; // viewers whose servers died expire by time, with no nudge
        continue;
      }
      if (!pending.changes && !pending.presence) await wakeup.wait(Math.max(0, nextRefresh - Date.now()));
    }
  } finally {
    stop();
    wakeup.dispose();
    await removeViewer(db, connectionId).catch(() => {});
    await bus.publish({ workspaceId, kind: "presence", articleId }).catch(() => {});
  }
}
