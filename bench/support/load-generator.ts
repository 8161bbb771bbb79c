import http from "node:http";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };
export type LoadResult = {
  requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; meanBytes: number;
  /** How many non-2xx answers and connection errors of each kind ("409 Already taken by …"), so a table's errors can be explained. */
  errorKinds: Map<string, number>;
};

/**
 * A closed-loop load generator: `connections` keep-alive connections, each
 * sending its next request as soon as the previous answer arrives, for
 * `durationMs`. Every latency is kept, so p50/p95/p99 are exact. `next(i)`
 * builds the i-th request (per connection); `onResponse` can read answers
 * (e.g. to carry a version number into the next request).
 * With `ratePerSecond`, requests are instead sent on a fixed schedule spread
 * over the connections (a desk's steady traffic rather than clients with no
 * pause), and each latency counts from the request's scheduled time, so a
 * server that falls behind is charged for the wait (no coordinated omission).
 */
export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationMs: number;
  next: (connection: number, i: number) => LoadRequest;
  onResponse?: (connection: number, status: number, body: string) => void;
  ratePerSecond?: number;
}): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  const errorKinds = new Map<string, number>();
  const countKind = (kind: string) => errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  const deadline = performance.now() + options.durationMs;
  const started = performance.now();

  function send(request: LoadRequest): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: request.path, method: request.method, agent, headers: { ...request.headers, ...(request.body ? { "content-length": Buffer.byteLength(request.body) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      if (request.body) req.write(request.body);
      req.end();
    });
  }

  async function worker(connection: number) {
    const rate = options.ratePerSecond;
    for (let i = 0; performance.now() < deadline; i++) {
      let t0 = performance.now();
      if (rate) {
        // Connection c sends its i-th request at (i * connections + c) / rate seconds after the start.
        t0 = started + ((i * options.connections + connection) / rate) * 1000;
        if (t0 >= deadline) break;
        const wait = t0 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      try {
        const { status, body } = await send(options.next(connection, i));
        latencies.push(performance.now() - t0);
        bytes += body.length;
        if (status < 200 || status >= 300) {
          non2xx++;
          countKind(`${status} ${(/"message":"([^"]{0,80})/.exec(body)?.[1] ?? body.slice(0, 80))}`);
        }
        options.onResponse?.(connection, status, body);
      } catch (error) {
        errors++;
        countKind(`no answer: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
  }

  await Promise.all(Array.from({ length: options.connections }, (_, c) => worker(c)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: pct(50), p95: pct(95), p99: pct(99), errors, non2xx, meanBytes: latencies.length ? bytes / latencies.length : 0, errorKinds };
}
