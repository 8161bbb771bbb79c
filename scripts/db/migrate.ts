/**
 * Database migrations from the command line, offline:
 *
 *   npm run db:migrate              apply pending migrations (embedded database or DATABASE_URL)
 *   npm run db:migrate:status       list applied, pending, failed and edited migrations
 *   npm run db:migrate:create NAME  create a migration from a change to prisma/schema.prisma
 *
 * The embedded database migrates itself on `npm start`; with PostgreSQL run
 * `db:migrate` once per deploy (concurrent runs wait on an advisory lock).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readDatabaseConfig } from "@/server/db/config";
import { applyMigrations, MIGRATIONS_DIR } from "@/server/db/migrate";
import { openDatabase } from "@/server/db/open-database";
import { engineErrorMessage, migrationStatus } from "./schema-engine";

async function deploy(): Promise<number> {
  const database = await openDatabase(readDatabaseConfig(), { migrate: false });
  try {
    const { applied, total } = await applyMigrations(database.runner());
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${database.label}:\n  ${applied.join("\n  ")}`
        : `The ${database.label} is up to date (${total} migrations).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function status(): Promise<number> {
  const database = await openDatabase(readDatabaseConfig(), { migrate: false });
  try {
    const adapterFactory = database.pglite ? new PrismaPGlite(database.pglite) : new PrismaPg(database.pool!);
    const s = await migrationStatus({ migrationsDir: MIGRATIONS_DIR, adapterFactory });
    console.log(`Database: ${database.label}`);
    console.log(`  applied: ${s.applied.length}/${s.local.length}`);
    for (const [label, names] of Object.entries({ pending: s.pending, failed: s.failed, edited: s.edited, "missing locally": s.missingLocally })) {
      if (names.length) console.log(`  ${label}: ${names.join(", ")}`);
    }
    console.log(s.upToDate ? "Up to date." : "Not up to date: run `npm run db:migrate`.");
    return s.upToDate ? 0 : 2;
  } finally {
    await database.close();
  }
}

const command = process.argv[2];
const run = command === "deploy" ? deploy : command === "status" ? status : null;
if (!run) {
  console.error("Usage: tsx scripts/db/migrate.ts deploy|status (create: npm run db:migrate:create NAME)");
  process.exit(1);
}
run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Migration ${command} failed: ${engineErrorMessage(error)}`);
    process.exit(1);
  },
);
