import { describe, expect, it } from "vitest";
import { recordAudit } from "@/features/audit/record-audit";
import { openTestDatabase } from "../helpers/db";
import { createDesk } from "../helpers/factories";

const db = (await openTestDatabase()).prisma;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the audit trail's order", () => {
  it("is commit order within a workspace, even when writers overlap (the live feed reads by it)", async () => {
    const d = await createDesk(db);
    const committed: string[] = [];
    // Twenty writers at once, each holding its transaction open a random while after recording: without the
    // workspace lock, one drawing a lower seq could commit after one drawing a higher seq, and a live reader
    // already past the higher one would never see it.
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await db.$transaction(async (tx) => {
          await recordAudit(tx, { workspaceId: d.workspace.id, actorId: d.editor.id, action: "test.written", entityType: "test", entityId: `w${i}`, after: { i, at: new Date(0).toISOString() } });
          await sleep(Math.round(Math.random() * 15));
        }, { timeout: 20_000, maxWait: 20_000 });
        committed.push(`w${i}`);
      }),
    );
    const rows = await db.auditEvent.findMany({ where: { workspaceId: d.workspace.id, action: "test.written" }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.entityId)).toEqual(committed);
    expect(rows.map((r) => r.actorId)).toEqual(rows.map(() => d.editor.id));
    expect(rows.find((r) => r.entityId === "w3")?.after).toEqual({ i: 3, at: "1970-01-01T00:00:00.000Z" });
    expect(rows[0]!.before).toBeNull();
  });
});
