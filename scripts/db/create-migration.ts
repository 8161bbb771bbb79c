/**
 * Create a new migration from prisma/schema.prisma, offline (see schema-engine.ts).
 *
 *   npx tsx scripts/db/create-migration.ts NAME [--draft]
 *
 * Prints the created folder, or "No schema changes." (exit 0 either way); with
 * --draft an empty migration is written even when the schema is unchanged.
 * Exit code 1 with the engine's message on failure (e.g. an invalid schema).
 */
import path from "node:path";
import { createMigration, engineErrorMessage, slugifyMigrationName } from "./schema-engine";

const root = path.resolve(import.meta.dirname, "..", "..");

async function main(argv: string[]): Promise<number> {
  const draft = argv.includes("--draft");
  const names = argv.filter((a) => !a.startsWith("--"));
  const name = names[0];
  if (names.length !== 1 || name === undefined || slugifyMigrationName(name) === "") {
    console.error("Usage: npx tsx scripts/db/create-migration.ts NAME [--draft]");
    console.error("NAME is required, e.g. add_claim_tags.");
    return 1;
  }
  const started = performance.now();
  const { dir } = await createMigration({
    name,
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
    draft,
  });
  const ms = Math.round(performance.now() - started);
  if (dir !== null) {
    console.log(`Created ${path.relative(process.cwd(), path.join(dir, "migration.sql"))} (${ms} ms)`);
    console.log(path.relative(process.cwd(), dir));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`create-migration failed:\n${engineErrorMessage(error)}`);
    process.exit(1);
  },
);
