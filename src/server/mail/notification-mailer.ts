import nodemailer from "nodemailer";
import { notificationEmail } from "@/features/notifications/email-text";
import type { Db } from "@/server/db";
import type { MailConfig } from "./mail-config";

const BATCH = 20;
const INTERVAL_MS = 5_000;

type Transport = { sendMail: (message: { from: string; to: string; subject: string; text: string }) => Promise<unknown> };

/**
 * Sends the e-mail copies of new notifications. The notifications table is the
 * outbox: each batch is claimed with FOR UPDATE SKIP LOCKED, so several app
 * servers never send the same one twice, and one that fails to send is put
 * back for the next round. Only the last day's are sent, so switching e-mail
 * on later does not flood people with old news.
 */
export async function sendPendingNotificationEmails(db: Db, transport: Transport, config: Pick<MailConfig, "from" | "appUrl">): Promise<{ sent: number; failed: number }> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "emailedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "emailedAt" IS NULL AND "createdAt" > now() - interval '1 day'
      ORDER BY "createdAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const rows = await db.notification.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true, kind: true, payload: true, articleId: true, claimId: true,
      user: { select: { email: true } },
      actor: { select: { name: true } },
      workspace: { select: { name: true, slug: true } },
    },
  });
  let sent = 0;
  const failed: string[] = [];
  for (const n of rows) {
    const path = n.articleId ? `/w/${n.workspace.slug}/articles/${n.articleId}${n.claimId ? `?claim=${n.claimId}` : ""}` : `/w/${n.workspace.slug}`;
    const mail = notificationEmail({ kind: n.kind, actorName: n.actor?.name ?? null, workspaceName: n.workspace.name, payload: n.payload, link: `${config.appUrl}${path}` });
    try {
      await transport.sendMail({ from: config.from, to: n.user.email, ...mail });
      sent++;
    } catch (error) {
      failed.push(n.id);
      console.warn(`[mail] could not send a notification e-mail: ${(error as Error).message}`);
    }
  }
  if (failed.length) await db.notification.updateMany({ where: { id: { in: failed } }, data: { emailedAt: null } });
  return { sent, failed: failed.length };
}

/** Starts sending every few seconds; returns the function that stops it. */
export function startNotificationMailer(db: Db, config: MailConfig): () => void {
  const transport = nodemailer.createTransport(config.smtpUrl);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sendPendingNotificationEmails(db, transport, config)
      .catch((error: unknown) => console.warn(`[mail] ${(error as Error).message}`))
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
