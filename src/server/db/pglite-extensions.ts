import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The contrib extensions the migrations CREATE (prisma/migrations): PGlite only
 * has those loaded at start, so every PGlite that runs them — the app's
 * (open-database.ts), the migration shadow (scripts/db/schema-engine.ts) and a
 * restore (scripts/db/restore.ts) — opens with all of these.
 * pg_trgm: trigram matching; btree_gin: `workspaceId` as the first column of a
 * trigram GIN index, so a search reads one desk's entries, not all desks'.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };
