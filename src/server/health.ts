import { getDatabase } from "@/server/db";

export type Health = {
  status: "ok" | "unavailable";
  version: string;
  database: { ok: boolean; kind: string | null; latencyMs: number | null; error?: string };
};

/** For load balancers and probes: is this server able to answer with data? */
export async function checkHealth(): Promise<Health> {
  const version = process.env.FACTDESK_VERSION ?? "dev";
  const started = performance.now();
  try {
    const database = await withTimeout(getDatabase(), 5_000);
    await withTimeout(database.prisma.$queryRaw`SELECT 1`, 5_000);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", version, database: { ok: true, kind: database.config.kind, latencyMs } };
  } catch (error) {
    // The detail (which can name the database host) goes to the server log, not to whoever asks.
    console.error(`[health] database unavailable: ${(error as Error).message}`);
    const timedOut = (error as Error).message.startsWith("no answer within");
    return {
      status: "unavailable",
      version,
      database: { ok: false, kind: null, latencyMs: null, error: timedOut ? "The database did not answer in time." : "The database cannot be reached." },
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
