/** `npm run db:seed`: creates the demo desk (users, workspace, sample article) if it is not there yet. */
import { seedDemo } from "@/features/demo/seed-demo";
import { readDatabaseConfig } from "@/server/db/config";
import { openDatabase } from "@/server/db/open-database";

const database = await openDatabase(readDatabaseConfig());
try {
  const { created } = await seedDemo(database.prisma);
  console.log(created ? `Seeded the demo desk into the ${database.label}.` : "The demo desk is already there.");
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
