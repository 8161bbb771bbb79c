import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

/**
 * A throwaway PostgreSQL cluster of the fault drills' own (initdb into a temp
 * folder, trust auth, its own port and socket folder), so they can stop and
 * restart PostgreSQL without touching the machine's shared server on 5432.
 * PostgreSQL refuses to run as root, so as root every command runs as the
 * `postgres` OS user.
 */
export type PrivatePostgres = {
  url: (database?: string) => string;
  port: number;
  dataDir: string;
  /** "fast" ends sessions (SQLSTATE 57P01) and checkpoints; "immediate" is closest to a crash (WAL recovery on start). */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  /** Resolves once the server accepts connections. */
  start: () => Promise<void>;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name: string) => Promise<string>;
  /** Stops the cluster and deletes its folder. */
  destroy: () => void;
};

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  throw new Error("PostgreSQL server binaries not found: install postgresql or set PG_BIN to the folder holding initdb and pg_ctl.");
}

const asRoot = process.getuid?.() === 0;

// Asynchronous on purpose: the drills keep their load running while PostgreSQL stops and starts.
async function run(bin: string, args: string[]): Promise<void> {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  try {
    await promisify(execFile)(cmd, argv, { encoding: "utf8" });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${path.basename(bin)} ${args[0] ?? ""} failed: ${stderr || stdout || (error as Error).message}`);
  }
}

/** The first port from `from` on that nothing listens on. */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 99}`);
}

export async function startPrivatePostgres(preferredPort = 5499): Promise<PrivatePostgres> {
  const bin = binDir();
  const port = await freePort(preferredPort);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-fault-pg-"));
  if (asRoot) execFileSync("chown", ["postgres:", dir]);
  const data = path.join(dir, "data");
  await run(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const pgCtl = path.join(bin, "pg_ctl");
  // The socket goes into our own folder: the shared server owns /var/run/postgresql.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  const start = () => run(pgCtl, ["start", "-D", data, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", options]);
  const stop = (mode: "fast" | "immediate" = "fast") => run(pgCtl, ["stop", "-D", data, "-w", "-m", mode]);
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    // Synchronous, so it also works from the "exit" handler.
    const argv = ["stop", "-D", data, "-m", "immediate"];
    try {
      execFileSync(asRoot ? "runuser" : pgCtl, asRoot ? ["-u", "postgres", "--", pgCtl, ...argv] : argv, { stdio: "ignore" });
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Never leave a cluster running behind a crashed or interrupted drill.
  process.once("exit", destroy);
  await start();
  const url = (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name: string) => {
    const admin = new pg.Client({ connectionString: url() });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    return url(name);
  };
  return { port, dataDir: data, url, stop, start, createDatabase, destroy };
}
