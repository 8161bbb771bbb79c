const MAX_BYTES = 5_000_000;
const cache = new Map<number, string>();

/**
 * The ceiling the framework allows here: a bare route handler returning JSON of
 * a requested size, touching no database and no session. The load benchmarks
 * run it beside each real endpoint with the same response size. Off unless
 * FACTDESK_BENCH_ROUTES=1, so production servers do not expose it.
 */
export function benchEcho(request: Request): Response {
  if (process.env.FACTDESK_BENCH_ROUTES !== "1") return new Response("Not found", { status: 404 });
  const bytes = Math.min(MAX_BYTES, Math.max(2, Number(new URL(request.url).searchParams.get("bytes")) || 2));
  let body = cache.get(bytes);
  if (!body) {
    body = JSON.stringify({ pad: "x".repeat(Math.max(0, bytes - 10)) });
    cache.set(bytes, body);
  }
  return new Response(body, { headers: { "content-type": "application/json" } });
}
