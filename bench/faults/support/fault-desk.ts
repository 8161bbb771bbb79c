import { randomUUID } from "node:crypto";
import { hashPassword } from "@/features/auth/password";
import type { Db } from "@/server/db";

export const FAULT_PASSWORD = "fault-drill-password-1";

export type FaultDesk = {
  /** Unique per run: every comment the drill writes carries it, so its rows are found by marker. */
  runId: string;
  workspaceId: string;
  articleId: string;
  editor: { id: string; email: string };
  /** One reviewer per load client, each working on the claim at the same index. */
  reviewers: { id: string; email: string }[];
  claimIds: string[];
};

/**
 * The desk a drill writes to: a workspace with one editor and one reviewer per
 * load client, and an article with one OPEN claim per client. Written straight
 * through Prisma, like bench/support/bench-data.ts: the drills test what
 * happens to writes made through the app, not the seeding. The claims start
 * at version 1 with no workflow audit rows, which the consistency checks rely on.
 */
export async function createFaultDesk(db: Db, clients: number): Promise<FaultDesk> {
  const runId = randomUUID().slice(0, 8);
  const passwordHash = await hashPassword(FAULT_PASSWORD);
  const person = (name: string) =>
    db.user.create({ data: { email: `${name.toLowerCase()}-${runId}@fault.example`, name: `${name} ${runId}`, passwordHash }, select: { id: true, email: true } });
  const editor = await person("Editor");
  const reviewers = await Promise.all(Array.from({ length: clients }, (_, i) => person(`Reviewer${i}`)));
  const workspace = await db.workspace.create({
    data: {
      name: `Fault drill ${runId}`,
      slug: `fault-${runId}`,
      memberships: { create: [{ userId: editor.id, role: "EDITOR" }, ...reviewers.map((r) => ({ userId: r.id, role: "REVIEWER" as const }))] },
    },
  });
  const sentences = reviewers.map((_, i) => `Officials said ${1_000 + i * 7} families fled district ${i} on Friday.`);
  const article = await db.article.create({
    data: { workspaceId: workspace.id, createdById: editor.id, title: `Fault drill article ${runId}`, text: sentences.join(" ") },
  });
  let offset = 0;
  const claimIds: string[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const claim = await db.claim.create({
      data: {
        workspaceId: workspace.id, articleId: article.id, createdById: editor.id, start: offset, end: offset + sentence.length,
        quotedText: sentence, wording: `${1_000 + i * 7} families fled district ${i}`,
      },
      select: { id: true },
    });
    claimIds.push(claim.id);
    offset += sentence.length + 1;
  }
  return { runId, workspaceId: workspace.id, articleId: article.id, editor, reviewers, claimIds };
}
