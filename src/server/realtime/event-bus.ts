import { EventEmitter } from "node:events";

/**
 * A nudge, not the data: "workspace W has new changes" (read them from the
 * audit trail by seq) or "who is viewing article A changed". Keeping messages
 * this small lets PostgreSQL NOTIFY carry them (8000-byte limit) and means a
 * lost nudge costs latency, never data: the next one, or a reconnect, catches up.
 */
export type BusMessage = { workspaceId: string; kind: "changes" } | { workspaceId: string; kind: "presence"; articleId: string };

export type BusListener = (message: BusMessage) => void;

export interface EventBus {
  publish(message: BusMessage): Promise<void>;
  /** Listens to one workspace's messages; returns the function that stops listening. */
  subscribe(workspaceId: string, listener: BusListener): () => void;
  close(): Promise<void>;
}

/** Listeners per workspace; the in-process bus and the PostgreSQL bus both deliver through it. */
export class WorkspaceListeners {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open live connection: a busy desk exceeds the default warning threshold of 10.
    this.emitter.setMaxListeners(0);
  }

  add(workspaceId: string, listener: BusListener): () => void {
    this.emitter.on(workspaceId, listener);
    return () => this.emitter.off(workspaceId, listener);
  }

  deliver(message: BusMessage): void {
    this.emitter.emit(message.workspaceId, message);
  }

  /** After a gap in delivery (reconnect), everyone should re-read what they might have missed. */
  nudgeAll(): void {
    for (const name of this.emitter.eventNames()) {
      if (typeof name === "string") this.deliver({ workspaceId: name, kind: "changes" });
    }
  }
}

/** For the embedded database: one process holds the data, so one process's listeners are everyone. */
export class InProcessEventBus implements EventBus {
  private readonly listeners = new WorkspaceListeners();

  async publish(message: BusMessage): Promise<void> {
    // Delivered on the next tick, as NOTIFY would be: a publisher never runs listeners inline.
    setImmediate(() => this.listeners.deliver(message));
  }

  subscribe(workspaceId: string, listener: BusListener): () => void {
    return this.listeners.add(workspaceId, listener);
  }

  async close(): Promise<void> {}
}
