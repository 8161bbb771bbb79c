import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FolderLockedError } from "@/server/db/folder-lock";
import { openDatabase } from "@/server/db/open-database";

const writer = path.resolve("tests/helpers/embedded-writer.ts");
const children: ChildProcess[] = [];
afterEach(() => children.forEach((c) => c.kill("SIGKILL")));

/** Starts the writer and resolves once it has acknowledged `acks` committed writes. */
function startWriter(dataDir: string, acks: number): Promise<{ child: ChildProcess; acked: () => number }> {
  const child = spawn(process.execPath, ["--import", "tsx", writer, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  let acked = 0;
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      for (const match of chunk.matchAll(/ack (\d+)/g)) acked = Math.max(acked, Number(match[1]));
      if (acked >= acks) resolve({ child, acked: () => acked });
    });
    child.on("exit", (code) => reject(new Error(`writer exited early with ${code}`)));
  });
}

describe("the embedded database", () => {
  it("keeps every acknowledged write after the process is killed with SIGKILL, and refuses a second opener meanwhile", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-durability-"));
    const { child, acked } = await startWriter(dataDir, 25);

    // While the writer runs, nobody else may open the folder.
    const second = openDatabase({ kind: "embedded", dataDir });
    await expect(second).rejects.toBeInstanceOf(FolderLockedError);
    await expect(second).rejects.toThrow(new RegExp(`in use by process ${child.pid}`));

    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const acknowledged = acked();

    // The dead writer's lock is stale: reopening takes it over and finds every acknowledged write.
    const database = await openDatabase({ kind: "embedded", dataDir });
    try {
      const count = await database.prisma.user.count({ where: { email: { startsWith: "writer-" } } });
      expect(count).toBeGreaterThanOrEqual(acknowledged);
      // Nothing half-written: each row that exists is complete.
      const rows = await database.prisma.user.findMany({ where: { email: { startsWith: "writer-" } }, select: { name: true, email: true } });
      for (const row of rows) expect(row.name).toBe(`Writer ${row.email.match(/writer-(\d+)@/)![1]}`);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("keeps its data across a clean close and reopen", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-reopen-"));
    const first = await openDatabase({ kind: "embedded", dataDir });
    await first.prisma.user.create({ data: { email: "kept@example.org", name: "Kept" } });
    await first.close();
    expect(fs.existsSync(path.join(dataDir, "factdesk.lock"))).toBe(false);
    const again = await openDatabase({ kind: "embedded", dataDir });
    try {
      expect(await again.prisma.user.count({ where: { email: "kept@example.org" } })).toBe(1);
    } finally {
      await again.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
