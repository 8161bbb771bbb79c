import { benchEcho } from "@/server/bench/echo";

export const dynamic = "force-dynamic";

/** The load benchmarks' baseline (bench/load.ts): only answers when FACTDESK_BENCH_ROUTES=1. */
export function GET(request: Request) {
  return benchEcho(request);
}
