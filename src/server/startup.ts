import { isDatabaseEmpty, seedDemo } from "@/features/demo/seed-demo";
import { getDatabase } from "@/server/db";
import { checkServerConfig } from "@/server/env";
import { mailConfigProblems, readMailConfig } from "@/server/mail/mail-config";
import { startNotificationMailer } from "@/server/mail/notification-mailer";

/**
 * Runs once when the server process starts (src/instrumentation.ts): checks the
 * configuration, opens and migrates the database, and seeds the demo desk into
 * an empty embedded database. Fails the start, loudly, rather than the first request.
 */
export async function startServer(): Promise<void> {
  const problems = [...checkServerConfig(), ...mailConfigProblems()];
  if (problems.length) fail(`Factdesk cannot start:\n  - ${problems.join("\n  - ")}`);
  try {
    const database = await getDatabase();
    const seedOnEmpty = database.config.kind === "embedded" && process.env.FACTDESK_SEED !== "0";
    if (seedOnEmpty && (await isDatabaseEmpty(database.prisma))) {
      await seedDemo(database.prisma);
      console.info("[factdesk] seeded the demo desk (see README for the demo sign-ins)");
    }
    console.info(`[factdesk] using the ${database.label}`);
    const mail = readMailConfig();
    if (mail) {
      startNotificationMailer(database.prisma, mail);
      console.info(`[factdesk] e-mailing notifications through ${new URL(mail.smtpUrl).hostname}`);
    }
  } catch (error) {
    fail(`Factdesk cannot open its database: ${(error as Error).message}`);
  }
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}
