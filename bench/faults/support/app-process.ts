import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";

/**
 * One `next start` process for the fault drills. Unlike bench/support/app-server.ts
 * it hands back the process itself (the drills SIGKILL it, and check that the
 * same one served before and after an outage), fails loudly if the server never
 * becomes healthy, and sends the server's output to a log file, so that a flood
 * of expected "[db] database unavailable" lines does not bury the drill's report.
 */
export type AppProcess = {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  startMs: number;
  alive: () => boolean;
  /** Sends the signal and resolves once the process is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
};

const readBuildId = () => (fs.existsSync(".next/BUILD_ID") ? fs.readFileSync(".next/BUILD_ID", "utf8") : null);
let buildId: string | null = null;

export function requireBuild(): void {
  buildId = readBuildId();
  if (!buildId) {
    console.error("The fault drills run the built app (next start), and there is no build here.\nBuild it first:  npm run build");
    process.exit(2);
  }
}

/** A rebuild while a drill runs swaps the files under the running server: its errors are not the drill's findings. */
export const buildUnchanged = () => readBuildId() === buildId;

function requireSameBuild(): void {
  if (!buildUnchanged()) {
    throw new Error("The build in .next changed or vanished during the drill (npm run build in this checkout?). Run the drill again once the build is done.");
  }
}

const running = new Set<ChildProcess>();
// A drill that crashes or is interrupted must not leave a server behind on its port.
process.once("exit", () => running.forEach((child) => child.kill("SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

export async function startAppProcess(port: number, env: Record<string, string>, logFile: string): Promise<AppProcess> {
  if (buildId === null) requireBuild();
  requireSameBuild();
  const log = fs.openSync(logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "fault-drill-secret-fault-drill-secret", FACTDESK_SEED: "0", ...env },
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  running.add(child);
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      running.delete(child);
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`the app exited during start (exit code ${child.exitCode}); see ${logFile}`);
    if (performance.now() - started > 120_000) throw new Error(`the app did not become healthy within 2 minutes; see ${logFile}`);
    const healthy = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    requireSameBuild();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    startMs: Math.round(performance.now() - started),
    alive: () => !exited,
    kill: async (signal) => {
      if (!exited) child.kill(signal);
      await gone;
    },
  };
}
