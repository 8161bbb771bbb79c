import { LruCache } from "@/lib/lru-cache";

/**
 * A small least-recently-used cache of boards, each stored with the workspace's
 * audit position (`seq`) it was read at. An entry is served only while that
 * position is still the latest: every change to a claim, verdict, comment or
 * piece of evidence writes an audit row in the same transaction, so a newer
 * position means the board may have changed. Pure: no I/O, no clock.
 */
export class BoardCache<T> {
  private readonly entries: LruCache<string, { workspaceId: string; seq: number; value: T }>;

  constructor(capacity: number) {
    this.entries = new LruCache(capacity);
  }

  get(articleId: string, workspaceId: string, seq: number): T | undefined {
    const entry = this.entries.get(articleId);
    // A different workspace can only mean a guessed id: never serve across workspaces.
    if (!entry || entry.workspaceId !== workspaceId || entry.seq !== seq) return undefined;
    return entry.value;
  }

  set(articleId: string, workspaceId: string, seq: number, value: T): void {
    this.entries.set(articleId, { workspaceId, seq, value });
  }

  get size(): number {
    return this.entries.size;
  }
}
