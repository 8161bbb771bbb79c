import { readDatabaseConfig } from "@/server/db/config";

/**
 * Configuration checked once at server start, so a misconfigured server refuses
 * to start with a message naming what to set instead of failing on a request.
 */
export function checkServerConfig(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    problems.push(
      "AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`); " +
        "every app server must share the same value. (`npm start` creates one for the embedded database.)",
    );
  }
  try {
    readDatabaseConfig(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
