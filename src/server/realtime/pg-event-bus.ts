import pg from "pg";
import { type BusListener, type BusMessage, type EventBus, WorkspaceListeners } from "./event-bus";

const CHANNEL = "factdesk_live";
const MAX_BACKOFF_MS = 10_000;

function parseMessage(payload: string | undefined): BusMessage | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<BusMessage>;
    if (typeof value.workspaceId !== "string") return null;
    if (value.kind === "changes") return { workspaceId: value.workspaceId, kind: "changes" };
    if (value.kind === "presence" && typeof value.articleId === "string") return { workspaceId: value.workspaceId, kind: "presence", articleId: value.articleId };
    return null;
  } catch {
    return null;
  }
}

/**
 * For several app servers on one PostgreSQL: every server LISTENs on one
 * channel on a dedicated connection and publishes with NOTIFY, so a change
 * made through any server reaches viewers connected to every other.
 *
 * If the listening connection drops (PostgreSQL restarted), it reconnects
 * with backoff and then nudges every local listener to re-read from the audit
 * trail, so notifications sent while it was away are not lost.
 */
export class PgNotifyEventBus implements EventBus {
  private readonly listeners = new WorkspaceListeners();
  private listener: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly publisher: pg.Pool;
  private closed = false;
  private retrying = false;
  private backoffMs = 250;

  constructor(private readonly url: string) {
    // A mutation's answer waits for its publish (trpc.ts): when PostgreSQL is unreachable, give up in
    // seconds like the main pool does, rather than hold an already-committed change's answer forever.
    this.publisher = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000, query_timeout: 5_000, keepAlive: true });
    this.publisher.on("error", () => {}); // idle-client errors; the next query reports its own
  }

  /** Resolves once this server is listening (tests wait for it before publishing elsewhere). */
  ready(): Promise<void> {
    return this.ensureListening();
  }

  async publish(message: BusMessage): Promise<void> {
    await this.publisher.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(message)]);
  }

  subscribe(workspaceId: string, listener: BusListener): () => void {
    void this.ensureListening().catch(() => this.retry());
    return this.listeners.add(workspaceId, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => {});
    await this.publisher.end().catch(() => {});
  }

  private ensureListening(): Promise<void> {
    if (this.listener) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on("notification", (n) => {
      const message = n.channel === CHANNEL ? parseMessage(n.payload) : null;
      if (message) this.listeners.deliver(message);
    });
    client.on("error", () => {}); // reported through "end" below, or by connect() failing
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    client.once("end", () => {
      if (this.listener === client) this.listener = null;
      this.retry();
    });
    this.listener = client;
    this.backoffMs = 250;
  }

  /** Reconnects with doubling backoff until it listens again, then nudges everyone to catch up. */
  private retry(): void {
    if (this.closed || this.retrying) return;
    this.retrying = true;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    setTimeout(() => {
      this.retrying = false;
      if (this.closed) return;
      this.ensureListening().then(
        () => this.listeners.nudgeAll(),
        () => this.retry(),
      );
    }, delay).unref();
  }
}
