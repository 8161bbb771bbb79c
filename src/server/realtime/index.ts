import type { DatabaseConfig } from "@/server/db/config";
import { readDatabaseConfig } from "@/server/db/config";
import { type EventBus, InProcessEventBus } from "./event-bus";
import { PgNotifyEventBus } from "./pg-event-bus";

export type { BusMessage, EventBus } from "./event-bus";

/** The bus that matches the database: NOTIFY when servers share PostgreSQL, in-process for the embedded database. */
export function createEventBus(config: DatabaseConfig): EventBus {
  return config.kind === "postgres" ? new PgNotifyEventBus(config.url) : new InProcessEventBus();
}

// On globalThis for the same reason as the database: Next loads modules once per route bundle.
const globalForBus = globalThis as unknown as { __factdeskBus?: EventBus };

export function getEventBus(): EventBus {
  globalForBus.__factdeskBus ??= createEventBus(readDatabaseConfig());
  return globalForBus.__factdeskBus;
}
