-- Trigram matching for claim search and "similar claims already checked".
-- Hand-added: Prisma 7 no longer declares extensions in the schema. pg_trgm is a
-- trusted extension (PostgreSQL 13+), so a database owner without superuser may
-- create it; PGlite loads it in src/server/db/open-database.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Claim_wording_idx" ON "Claim" USING GIN ("wording" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_quotedText_idx" ON "Claim" USING GIN ("quotedText" gin_trgm_ops);
