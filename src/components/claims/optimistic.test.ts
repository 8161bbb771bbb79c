import { describe, expect, it } from "vitest";
import { applyToBoard, applyToDetail, pendingComment } from "./optimistic";

const me = { id: "u1", name: "Omar Haidari" };

describe("optimistic claim changes", () => {
  it("a take shows the person as holder on the panel, leaving the rest of the claim as it was", () => {
    const detail = { id: "c1", status: "OPEN" as const, assignee: null, wording: "46 killed", version: 3 };
    const taken = applyToDetail(detail, { status: "IN_PROGRESS", assignee: me });
    expect(taken).toEqual({ id: "c1", status: "IN_PROGRESS", assignee: me, wording: "46 killed", version: 3 });
    expect(detail.assignee).toBeNull();
  });

  it("patches only that claim on the board and recounts by status", () => {
    const board = {
      articleId: "a1", seq: 9, counts: { OPEN: 2, APPROVED: 1 },
      claims: [
        { id: "c1", status: "OPEN" as const, assignee: null },
        { id: "c2", status: "OPEN" as const, assignee: null },
        { id: "c3", status: "APPROVED" as const, assignee: { id: "u2", name: "Amina" } },
      ],
    };
    const taken = applyToBoard(board, "c2", { status: "IN_PROGRESS", assignee: me });
    expect(taken.counts).toEqual({ OPEN: 1, IN_PROGRESS: 1, APPROVED: 1 });
    expect(taken.claims.map((c) => c.assignee?.id ?? null)).toEqual([null, "u1", "u2"]);
    expect(taken.seq).toBe(9);
    const released = applyToBoard(taken, "c2", { status: "OPEN", assignee: null });
    expect(released.counts).toEqual({ OPEN: 2, APPROVED: 1 });
    expect(applyToBoard(board, "no-such-claim", { status: "IN_PROGRESS", assignee: me })).toEqual(board);
  });

  it("a pending comment carries its text, author and thread, and says it is pending", () => {
    const c = pendingComment("On it", me, "root1", new Date(1000));
    expect(c).toMatchObject({ id: "pending-1000", body: "On it", author: me, parentId: "root1", pending: true, deletedAt: null });
  });
});
