import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite takes no lock on its folder, and a second process opening the same
 * folder silently loses writes or corrupts it (STACK-NOTES). So whoever opens
 * the embedded database first holds an exclusive lock file carrying its PID;
 * everyone else is refused with a message naming the holder. A lock left by a
 * process that died (SIGKILL, power loss) is detected and taken over.
 */
export type LockOwner = { pid: number; host: string; command: string; since: string };

export class FolderLockedError extends Error {
  override name = "FolderLockedError";
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}). ` +
        "Only one process may open the embedded database: stop that process first, " +
        "or set FACTDESK_DATA_DIR to another folder.",
    );
  }
}

export type FolderLock = { release: () => void; file: string };

const LOCK_NAME = "factdesk.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

export function acquireFolderLock(dataDir: string, command = describeProcess()): FolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), command, since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // "wx" fails if the file exists: the create is the atomic test-and-set.
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const owner = readOwner(file);
        if (owner?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner && owner.pid === process.pid) {
        throw new FolderLockedError(dataDir, owner);
      }
      if (owner && owner.host === me.host && isAlive(owner.pid)) {
        throw new FolderLockedError(dataDir, owner);
      }
      if (owner && owner.host !== me.host) {
        // Another machine on a shared disk: we cannot check its PID, so refuse.
        throw new FolderLockedError(dataDir, owner);
      }
      // Stale (holder died) or unreadable (holder died mid-write): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}; another process keeps taking it.`);
}

function describeProcess(): string {
  if (process.env.npm_lifecycle_event) return `npm run ${process.env.npm_lifecycle_event}`;
  // e.g. "next start -p 3000" or "migrate.ts deploy": enough to find it in `ps`.
  return [path.basename(process.argv[1] ?? "node"), ...process.argv.slice(2)].join(" ").slice(0, 120);
}
