-- Claim search per workspace: workspaceId leads each trigram GIN index (btree_gin
-- gives text a GIN operator class), so a search or a "similar" lookup reads one
-- desk's entries instead of every desk's (bench/scale.ts: ~1 s -> ~20 ms at a
-- million claims). Hand-added: the extension (Prisma 7 does not declare
-- extensions); btree_gin is trusted (PostgreSQL 13+) and PGlite loads it in
-- src/server/db/pglite-extensions.ts.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "Claim_quotedText_idx";

-- DropIndex
DROP INDEX "Claim_wording_idx";

-- CreateIndex
CREATE INDEX "Claim_workspaceId_wording_idx" ON "Claim" USING GIN ("workspaceId" text_ops, "wording" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_workspaceId_quotedText_idx" ON "Claim" USING GIN ("workspaceId" text_ops, "quotedText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_checked_wording_idx" ON "Claim" USING GIN ("workspaceId" text_ops, "wording" gin_trgm_ops) WHERE (status IN ('APPROVED', 'PUBLISHED'));
