/**
 * The client address, for sign-in throttling. Behind a load balancer set
 * TRUST_PROXY=1 so the first X-Forwarded-For entry (the real client) is used.
 * Otherwise only the last entry counts: it is the one added by the server
 * itself, while anything before it could be forged by the client.
 */
export function clientIp(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const trustProxy = env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
  return (trustProxy ? chain[0] : chain.at(-1)) ?? null;
}
