import { hashPassword } from "@/features/auth/password";
import { publishSummary } from "@/features/publishing/publish";
import type { Db } from "@/server/db";

export const BENCH_PASSWORD = "bench-password-1";
export const CLAIMS_PER_ARTICLE = 200;

const STATUSES = ["OPEN", "IN_PROGRESS", "NEEDS_REVIEW", "APPROVED"] as const;
const RATINGS = ["true", "mostly-true", "misleading", "false", "unverifiable"];

/**
 * The board the load benchmark reads: one article with 200 claims in every
 * status, held by five reviewers, with verdicts, evidence and comments, and a
 * published summary of it. Written straight through Prisma (bulk), then
 * published through the feature function so the public page is the real one.
 */
export async function createBenchDesk(db: Db) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const tag = Date.now().toString(36);
  const people = await Promise.all(
    ["Editor", "Rev A", "Rev B", "Rev C", "Rev D", "Rev E"].map((name, i) =>
      db.user.create({ data: { email: `bench-${tag}-${i}@bench.example`, name: `${name} ${tag}`, passwordHash } }),
    ),
  );
  const [editor, ...reviewers] = people as [(typeof people)[number], ...typeof people];
  const workspace = await db.workspace.create({
    data: { name: `Load desk ${tag}`, slug: `load-${tag}`, memberships: { create: people.map((p, i) => ({ userId: p.id, role: i === 0 ? "EDITOR" : "REVIEWER" })) } },
  });
  const sentences = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, i) => `Officials said ${1000 + i * 7} people were displaced in district ${i} on Friday.`);
  const text = sentences.join(" ");
  const article = await db.article.create({ data: { workspaceId: workspace.id, createdById: editor.id, title: `Load article ${tag}`, text } });
  let offset = 0;
  const claims = sentences.map((s, i) => {
    const start = offset;
    offset += s.length + 1;
    const status = STATUSES[i % STATUSES.length]!;
    const assignee = status === "OPEN" ? null : reviewers[i % reviewers.length]!.id;
    return { id: `bench-${tag}-${i}`, workspaceId: workspace.id, articleId: article.id, start, end: start + s.length, quotedText: s, wording: `${1000 + i * 7} displaced in district ${i}`, status, assigneeId: assignee, createdById: editor.id };
  });
  await db.claim.createMany({ data: claims });
  const withVerdict = claims.filter((c) => c.status === "NEEDS_REVIEW" || c.status === "APPROVED");
  await db.verdict.createMany({
    data: withVerdict.map((c, i) => ({
      claimId: c.id, rating: RATINGS[i % RATINGS.length]!, rationale: `Checked against the district register (${i}).`, authorId: c.assigneeId!,
      ...(c.status === "APPROVED" ? { approvedById: editor.id, approvedAt: new Date() } : {}),
    })),
  });
  await db.evidence.createMany({
    data: withVerdict.map((c, i) => ({ claimId: c.id, url: `https://example.org/register/${i}`, normalizedUrl: `https://example.org/register/${i}`, title: `District register ${i}`, stance: "SUPPORTS" as const, sourceType: "DATASET" as const, addedById: c.assigneeId! })),
  });
  await db.comment.createMany({ data: claims.filter((c) => c.assigneeId).map((c) => ({ claimId: c.id, authorId: c.assigneeId!, body: "Looking for the register." })) });
  const published = await publishSummary(db, { workspaceId: workspace.id, actorId: editor.id, role: "EDITOR" }, { articleId: article.id, includeUnverified: true, corrections: [] });
  return { workspace, article, editor, reviewers, openClaims: claims.filter((c) => c.status === "OPEN").map((c) => c.id), allClaims: claims.map((c) => c.id), slug: published.slug };
}
