import { isTrackedEnvelope } from "@trpc/server";
import type { LiveMessage } from "@/server/realtime/article-feed";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db";
import type { EventBus } from "@/server/realtime/event-bus";

export type Received = { id: string | null; message: LiveMessage };

/**
 * Opens an article's live feed as `user` through the router (as the SSE
 * handler would) and collects what arrives, until `close()`.
 */
export async function openLiveFeed(db: Db, bus: EventBus, user: { id: string }, input: { workspaceId: string; articleId: string; lastEventId?: string | null }) {
  const controller = new AbortController();
  const caller = createCaller({ db, userId: user.id, ip: "203.0.113.7", bus }, { signal: controller.signal });
  const iterable = (await caller.live.article(input)) as AsyncIterable<unknown>;
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown = null;
  const done = (async () => {
    for await (const item of iterable) {
      received.push(isTrackedEnvelope(item) ? { id: item[0], message: item[1] as LiveMessage } : { id: null, message: item as LiveMessage });
      for (const w of waiters.splice(0)) w();
    }
  })().catch((error: unknown) => {
    failure = error;
    for (const w of waiters.splice(0)) w();
  });
  // The feed always starts with who is viewing; a refusal (e.g. an article of another desk) arrives instead.
  await new Promise<void>((resolve) => waiters.push(resolve));
  if (failure) throw failure;

  /** Waits until some message satisfies `test`; fails after `ms`. */
  async function waitFor(test: (r: Received) => boolean, ms = 5000): Promise<Received> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = received.find(test);
      if (hit) return hit;
      if (failure) throw failure;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`live feed: nothing matching within ${ms} ms; got ${JSON.stringify(received.map((r) => r.message))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
  }

  async function close() {
    controller.abort();
    await done;
  }

  return { received, waitFor, close };
}

export const hasEvent = (action: string) => (r: Received) => r.message.type === "events" && r.message.events.some((e) => e.action === action);
export const viewersAre = (names: string[]) => (r: Received) =>
  r.message.type === "presence" && JSON.stringify(r.message.viewers.map((v) => v.name).sort()) === JSON.stringify([...names].sort());
