import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

// Two tiers, one config: unit tests sit beside pure code and never touch I/O;
// integration tests call tRPC routers against a real database (PGlite in memory,
// or PostgreSQL when DATABASE_URL is set).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["src/**/*.integration-test.ts", "tests/**/*.integration-test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/integration-env.ts"],
          // next-auth imports "next/server" without an extension, which only a bundler resolves:
          // let Vite load it, so tests can drive Auth.js's own HTTP handlers.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is single-connection and each file opens its own in-memory DB;
          // running files in parallel on 2 cores only adds contention.
          fileParallelism: false,
        },
      },
    ],
  },
});
