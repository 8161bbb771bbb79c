import path from "node:path";

/**
 * Where the data lives. No DATABASE_URL: the embedded PGlite database in a data
 * folder (FACTDESK_DATA_DIR, default ./data). DATABASE_URL=postgresql://…: a real
 * PostgreSQL server shared by any number of app servers.
 */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "embedded"; dataDir: string }
  | { kind: "memory" };

export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError(
        "DATABASE_URL is not a valid URL. Set it to postgresql://USER:PASSWORD@HOST:5432/DATABASE, or unset it to use the embedded database.",
      );
    }
    if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
      throw new DatabaseConfigError(
        `DATABASE_URL must start with postgresql:// (got "${parsed.protocol}//"). Unset it to use the embedded database.`,
      );
    }
    return { kind: "postgres", url };
  }
  if (env.FACTDESK_DATA_DIR === ":memory:") return { kind: "memory" };
  return { kind: "embedded", dataDir: path.resolve(/*turbopackIgnore: true*/ env.FACTDESK_DATA_DIR?.trim() || "data") };
}

export function describeDatabase(config: DatabaseConfig): string {
  switch (config.kind) {
    case "postgres": {
      const u = new URL(config.url);
      return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
    }
    case "embedded":
      return `embedded database in ${config.dataDir}`;
    case "memory":
      return "in-memory database";
  }
}
