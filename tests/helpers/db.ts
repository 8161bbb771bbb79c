import { afterAll } from "vitest";
import { readDatabaseConfig } from "@/server/db/config";
import { type Database, openDatabase } from "@/server/db/open-database";
import { setDatabaseForTests } from "@/server/db";

/**
 * Opens the test database for this file (migrated) and closes it afterwards.
 * Tests never clean up between cases: factories give every case its own users
 * and workspaces, so cases cannot see each other's data, as in production.
 */
export async function openTestDatabase(): Promise<Database> {
  const database = await openDatabase(readDatabaseConfig());
  setDatabaseForTests(database);
  afterAll(async () => {
    await database.close();
  });
  return database;
}
