// Runs `prisma generate` offline. Prisma's CLI insists on finding its native
// schema engine even though `generate` does not use it, and cannot download it
// here; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the
// check (see ../shared/STACK-NOTES.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
