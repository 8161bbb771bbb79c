import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { PGLITE_EXTENSIONS } from "@/server/db/pglite-extensions";
import { withoutNoOpIndexRebuilds } from "../../scripts/db/noop-index-rebuilds";

const shadow = new PGlite({ extensions: PGLITE_EXTENSIONS });
await shadow.exec(`
  CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gin;
  CREATE TABLE "Claim" ("workspaceId" TEXT NOT NULL, "wording" TEXT NOT NULL);
  CREATE INDEX "Claim_workspaceId_wording_idx" ON "Claim" USING GIN ("workspaceId" text_ops, "wording" gin_trgm_ops);`);
afterAll(() => shadow.close());

const rebuild = (create: string) => `-- DropIndex\nDROP INDEX "Claim_workspaceId_wording_idx";\n\n-- CreateIndex\n${create}\n`;

describe("migration scripts leave out index rebuilds that change nothing (Prisma's default-opclass quirk)", () => {
  it("drops a DROP + CREATE pair that builds the same index, keeping the other statements", async () => {
    const same = `CREATE INDEX "Claim_workspaceId_wording_idx" ON "Claim" USING GIN ("workspaceId" text_ops, "wording" gin_trgm_ops);`;
    expect(await withoutNoOpIndexRebuilds(shadow, rebuild(same))).toBe("");
    const other = `-- AlterTable\nALTER TABLE "Claim" ADD COLUMN "x" INTEGER;\n`;
    expect(await withoutNoOpIndexRebuilds(shadow, `${other}\n${rebuild(same)}`)).toBe(other);
  });

  it("keeps a rebuild that changes the index, and anything it cannot check", async () => {
    const changed = rebuild(`CREATE INDEX "Claim_workspaceId_wording_idx" ON "Claim" USING GIN ("wording" gin_trgm_ops);`);
    expect(await withoutNoOpIndexRebuilds(shadow, changed)).toBe(changed);
    const unknownTable = `-- DropIndex\nDROP INDEX "Other_idx";\n\n-- CreateIndex\nCREATE INDEX "Other_idx" ON "Other" ("a");\n`;
    expect(await withoutNoOpIndexRebuilds(shadow, unknownTable)).toBe(unknownTable);
    // The scratch index was rolled back.
    expect((await shadow.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'Claim'`)).rows).toEqual([{ n: 1 }]);
  });
});
