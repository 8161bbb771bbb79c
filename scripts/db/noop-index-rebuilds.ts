import type { PGlite } from "@electric-sql/pglite";

/** Capitalised, so pg_get_indexdef prints it quoted like Prisma's own names. */
const SCRATCH = "Factdesk_IndexCheck";

/** `CREATE [UNIQUE] INDEX <name> ON …` without the name, to compare two definitions. */
const unnamed = (def: string) => def.replace(/^CREATE (UNIQUE )?INDEX \S+ ON /, "CREATE $1INDEX ON ");

async function definitionOf(shadow: PGlite, quotedName: string): Promise<string | null> {
  const { rows } = await shadow.query<{ def: string | null }>(`SELECT pg_get_indexdef(to_regclass($1)) AS def`, [quotedName]);
  return rows[0]?.def ?? null;
}

/** True when `create` (the engine's CREATE INDEX for `name`) builds exactly the index the shadow already has. */
async function rebuildsSameIndex(shadow: PGlite, name: string, create: string): Promise<boolean> {
  const existing = await definitionOf(shadow, `"${name}"`);
  if (!existing) return false;
  await shadow.exec("BEGIN");
  try {
    await shadow.exec(create.replace(`INDEX "${name}"`, `INDEX "${SCRATCH}"`));
    const scratch = await definitionOf(shadow, `"${SCRATCH}"`);
    return scratch !== null && unnamed(scratch) === unnamed(existing);
  } catch {
    return false; // not buildable here (e.g. on a table the same script creates): keep the statements
  } finally {
    await shadow.exec("ROLLBACK");
  }
}

/**
 * Removes DROP INDEX + CREATE INDEX pairs that rebuild an index unchanged.
 *
 * Why: Prisma's schema describer reads an index column that uses its type's
 * default operator class as having none, while its validator requires the
 * class to be named for a String column in a GIN index. So an index like
 * `@@index([workspaceId(ops: raw("text_ops")), wording(ops: raw("gin_trgm_ops"))], type: Gin)`
 * (btree_gin's text_ops is text's default GIN class) is reported as changed
 * on every diff. Each recreated index is built under a scratch name on the
 * shadow database (inside a rolled-back transaction) and compared with the
 * one there; identical ones leave the script.
 */
export async function withoutNoOpIndexRebuilds(shadow: PGlite, script: string): Promise<string> {
  // The engine writes one statement per block: "-- DropIndex\nDROP INDEX …;", blocks apart by a blank line.
  const blocks = script.split(/\n\n(?=-- )/);
  const drops = new Map<string, number>();
  const creates = new Map<string, number>();
  blocks.forEach((block, i) => {
    const drop = /^-- DropIndex\nDROP INDEX "([^"]+)";\s*$/.exec(block);
    if (drop) drops.set(drop[1]!, i);
    const create = /^-- CreateIndex\n(CREATE (?:UNIQUE )?INDEX "([^"]+)" ON [^]*?;)\s*$/.exec(block);
    if (create) creates.set(create[2]!, i);
  });
  const unchanged = new Set<number>();
  for (const [name, at] of creates) {
    const dropAt = drops.get(name);
    const statement = /^-- CreateIndex\n([^]*?;)\s*$/.exec(blocks[at]!)?.[1];
    if (dropAt === undefined || !statement) continue;
    if (await rebuildsSameIndex(shadow, name, statement)) unchanged.add(dropAt).add(at);
  }
  if (unchanged.size === 0) return script;
  const kept = blocks.filter((_, i) => !unchanged.has(i));
  return kept.length ? `${kept.join("\n\n").trimEnd()}\n` : "";
}
