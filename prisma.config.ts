import { defineConfig } from "prisma/config";

// Prisma 7 keeps connection settings out of the schema. The app connects through
// driver adapters (src/server/db), so the CLI only needs the schema path here;
// migrations are created and applied by scripts/db/migrate.ts (offline-capable).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
