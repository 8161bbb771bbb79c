import { getDb, type Db } from "@/server/db";
import { type EventBus, getEventBus } from "@/server/realtime";

export type Context = {
  db: Db;
  /** The signed-in user's id from the session, or null. Roles are never taken from here. */
  userId: string | null;
  /** Client address, for sign-in throttling and audit. */
  ip: string | null;
  /** Nudges live viewers after a change commits (see src/server/realtime). */
  bus: EventBus;
};

export async function createContextInner(opts: { userId: string | null; ip?: string | null; db?: Db; bus?: EventBus }): Promise<Context> {
  return { db: opts.db ?? (await getDb()), userId: opts.userId, ip: opts.ip ?? null, bus: opts.bus ?? getEventBus() };
}
