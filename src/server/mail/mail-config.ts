/** E-mail is optional: with SMTP_URL set, inbox notifications are also sent by e-mail. */
export type MailConfig = { smtpUrl: string; from: string; appUrl: string };

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || "Factdesk <factdesk@localhost>",
    appUrl: (env.FACTDESK_PUBLIC_URL?.trim() || env.AUTH_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
  };
}

/** Checked at start, so a typo in SMTP_URL is reported then and not on the first notification. */
export function mailConfigProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const url = env.SMTP_URL?.trim();
  if (!url) return [];
  try {
    const protocol = new URL(url).protocol;
    if (protocol !== "smtp:" && protocol !== "smtps:") return [`SMTP_URL must start with smtp:// or smtps:// (got "${protocol}//").`];
  } catch {
    return ["SMTP_URL is not a valid URL. Use smtp://USER:PASSWORD@HOST:587 (or unset it to send no e-mail)."];
  }
  return [];
}
