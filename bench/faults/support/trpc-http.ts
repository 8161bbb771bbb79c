/**
 * Calls one tRPC procedure over real HTTP, the way the browser does (superjson
 * envelope, session cookie), and says what came back: acknowledged (2xx with
 * data), refused (an HTTP error with tRPC's message), or unknown (no answer:
 * connection refused or reset, or no answer in time), which is what a client
 * sees when the server dies mid-request and cannot tell whether the write
 * happened.
 */
export type CallResult =
  | { kind: "ack"; status: number; data: unknown; ms: number }
  | { kind: "refused"; status: number; message: string; retryAfter: string | null; ms: number }
  | { kind: "unknown"; reason: string; ms: number };

export const REQUEST_TIMEOUT_MS = 30_000;

type Envelope = { result?: { data?: { json?: unknown } }; error?: { json?: { message?: string } } };

export async function callProcedure(
  baseUrl: string,
  path: string,
  input: unknown,
  options: { cookie: string; type: "query" | "mutation" },
): Promise<CallResult> {
  const encoded = JSON.stringify({ json: input });
  const url = options.type === "query" ? `${baseUrl}/api/trpc/${path}?input=${encodeURIComponent(encoded)}` : `${baseUrl}/api/trpc/${path}`;
  const started = performance.now();
  const ms = () => Math.round((performance.now() - started) * 10) / 10;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: options.type === "query" ? "GET" : "POST",
      headers: { cookie: options.cookie, ...(options.type === "mutation" ? { "content-type": "application/json" } : {}) },
      body: options.type === "mutation" ? encoded : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { kind: "unknown", reason: cause?.code ?? (error as Error).name, ms: ms() };
  }
  let body: Envelope = {};
  try {
    body = JSON.parse(text) as Envelope;
  } catch {
    // not JSON (e.g. a proxy's error page): reported by status below
  }
  if (response.ok && body.result) return { kind: "ack", status: response.status, data: body.result.data?.json, ms: ms() };
  return { kind: "refused", status: response.status, message: body.error?.json?.message ?? text.slice(0, 120), retryAfter: response.headers.get("retry-after"), ms: ms() };
}

/** The value at the given percentile (0–100) of the numbers, or NaN if there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
