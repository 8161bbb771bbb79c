// `npm start`: everything a fresh machine needs to run Factdesk on the embedded
// database. Checks that no other process holds the data folder, makes an auth
// secret for a local install, builds when the sources are newer than the build,
// then runs `next start` (which opens, migrates and, on first run, seeds the
// database: see src/server/startup.ts). `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const dev = process.argv.includes("--dev");
const env = { ...process.env };
const port = env.PORT || "3000";

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (!env.DATABASE_URL) {
  const dataDir = path.resolve(env.FACTDESK_DATA_DIR || "data");
  refuseIfLocked(dataDir);
  if (!env.AUTH_SECRET) env.AUTH_SECRET = localAuthSecret(dataDir);
} else if (!env.AUTH_SECRET && !dev) {
  fail("AUTH_SECRET is not set. With DATABASE_URL (several app servers), set AUTH_SECRET to the same long random string on every server, e.g. `openssl rand -base64 32`.");
}

if (!dev && needsBuild()) {
  console.info("[factdesk] building the app (first start or sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) fail("The build failed; see the messages above.");
}

const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** The app holds factdesk.lock in the data folder while it runs (src/server/db/folder-lock.ts). */
function refuseIfLocked(dataDir) {
  const file = path.join(dataDir, "factdesk.lock");
  let owner;
  try {
    owner = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return;
  }
  let alive = false;
  try {
    process.kill(owner.pid, 0);
    alive = true;
  } catch (error) {
    alive = error.code === "EPERM";
  }
  if (alive) {
    fail(
      `The data folder ${dataDir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}).\n` +
        "Only one Factdesk may open the embedded database: stop that one first, or set FACTDESK_DATA_DIR to another folder.",
    );
  }
}

/** One random secret per local install, kept beside the data it protects. */
function localAuthSecret(dataDir) {
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

function needsBuild() {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const inputs = ["src", "public", "next.config.mjs", "package.json", "postcss.config.mjs", "prisma/schema.prisma"];
  return inputs.some((input) => newerThan(path.resolve(input), builtAt));
}

function newerThan(file, time) {
  if (!fs.existsSync(file)) return false;
  const stat = fs.statSync(file);
  if (stat.mtimeMs > time) return true;
  if (!stat.isDirectory()) return false;
  return fs.readdirSync(file).some((name) => newerThan(path.join(file, name), time));
}
