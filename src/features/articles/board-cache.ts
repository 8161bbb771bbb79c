/**
 * A small least-recently-used cache of boards, each stored with the workspace's
 * audit position (`seq`) it was read at. An entry is served only while that
 * position is still the latest: every change to a claim, verdict, comment or
 * piece of evidence writes an audit row in the same transaction, so a newer
 * position means the board may have changed. Pure: no I/O, no clock.
 */
export class BoardCache<T> {
  private readonly entries = new Map<string, { workspaceId: string; seq: number; value: T }>();

  constructor(private readonly capacity: number) {}

  get(articleId: string, workspaceId: string, seq: number): T | undefined {
    const entry = this.entries.get(articleId);
    // A different workspace can only mean a guessed id: never serve across workspaces.
    if (!entry || entry.workspaceId !== workspaceId || entry.seq !== seq) return undefined;
    // Refresh its place in the eviction order.
    this.entries.delete(articleId);
    this.entries.set(articleId, entry);
    return entry.value;
  }

  set(articleId: string, workspaceId: string, seq: number, value: T): void {
    this.entries.delete(articleId);
    this.entries.set(articleId, { workspaceId, seq, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
