import { describe, expect, it } from "vitest";
import { DEMO_WORKSPACE } from "@/features/demo/demo-users";
import { seedDemo } from "@/features/demo/seed-demo";
import { getPublicSummary } from "@/features/publishing/read-public";
import { openTestDatabase } from "../helpers/db";

const db = (await openTestDatabase()).prisma;

describe("the demo desk", () => {
  it("comes with the sample article checked, approved by a second person, and published with real sources", async () => {
    await db.workspace.deleteMany({ where: { slug: DEMO_WORKSPACE.slug } });
    expect(await seedDemo(db)).toEqual({ created: true });
    expect(await seedDemo(db)).toEqual({ created: false });
    const publication = await db.publication.findFirstOrThrow({ where: { workspace: { slug: DEMO_WORKSPACE.slug } } });
    const summary = await getPublicSummary(db, publication.slug);
    if (summary?.status !== "published") throw new Error("demo summary not published");
    const claims = summary.snapshot.claims;
    expect(claims.map((c) => c.rating?.label)).toEqual(["Mostly true", "Misleading", "Unverifiable"]);
    expect(claims.map((c) => c.wording)).toEqual([expect.stringContaining("46"), expect.stringContaining("1.3 million"), expect.stringContaining("1,500")]);
    expect(claims.map((c) => c.evidence.length)).toEqual([4, 2, 1]);
    expect(claims.every((c) => c.evidence.every((e) => e.url.startsWith("https://")))).toBe(true);
    // Every verdict was approved by someone other than its author.
    const verdicts = await db.verdict.findMany({ where: { claim: { articleId: publication.articleId } } });
    expect(verdicts).toHaveLength(3);
    for (const v of verdicts) expect(v.approvedById).not.toBe(v.authorId);
    // And the desk has work in progress besides.
    expect(await db.claim.count({ where: { articleId: publication.articleId, status: "OPEN" } })).toBe(1);
  });
});
