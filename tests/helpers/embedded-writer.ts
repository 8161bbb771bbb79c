/**
 * Child process for the durability test: opens the embedded database in the
 * folder given as argv[2], then creates users one at a time and prints
 * "ack N" after each one has committed, until it is killed.
 */
import { openDatabase } from "@/server/db/open-database";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-writer DATA_DIR");
const database = await openDatabase({ kind: "embedded", dataDir });
console.log("ready");
for (let i = 1; ; i++) {
  await database.prisma.user.create({ data: { email: `writer-${i}@example.org`, name: `Writer ${i}` } });
  console.log(`ack ${i}`);
}
