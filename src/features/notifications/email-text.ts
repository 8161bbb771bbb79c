import type { NotificationKind } from "@/generated/prisma/enums";

export type EmailInput = {
  kind: NotificationKind;
  actorName: string | null;
  workspaceName: string;
  payload: unknown;
  /** Absolute link to the claim (or the workspace) in the app. */
  link: string;
};

function field(payload: unknown, key: string): string | null {
  if (!payload || typeof payload !== "object") return null;
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

// Subjects go through mail headers: no line breaks, and short enough to read on a phone.
function oneLine(text: string, max = 120): string {
  const flat = text.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The plain-text e-mail copy of an inbox notification (plain text only: nothing in it can run or track). */
export function notificationEmail(input: EmailInput): { subject: string; text: string } {
  const actor = input.actorName ?? "Someone";
  const wording = field(input.payload, "wording");
  const quoted = wording ? `“${wording}”` : "a claim";
  const lines: string[] = [];
  let subject: string;
  switch (input.kind) {
    case "ASSIGNED":
      subject = `${actor} assigned you ${quoted}`;
      break;
    case "MENTIONED":
      subject = `${actor} mentioned you on ${quoted}`;
      if (field(input.payload, "preview")) lines.push(`“${field(input.payload, "preview")}”`);
      break;
    case "REVIEW_REQUESTED":
      subject = `A verdict awaits your review: ${quoted}`;
      break;
    case "VERDICT_APPROVED":
      subject = `${actor} approved your verdict on ${quoted}`;
      break;
    case "VERDICT_SENT_BACK":
      subject = `${actor} sent your verdict back: ${quoted}`;
      if (field(input.payload, "reason")) lines.push(`Reason: ${field(input.payload, "reason")}`);
      break;
    case "INVITED":
      subject = `${actor} added you to ${input.workspaceName}`;
      break;
  }
  const text = [...lines, "", `Open it: ${input.link}`, "", `— Factdesk, ${input.workspaceName}. You get these because you are a member of this desk.`].join("\n").trimStart();
  return { subject: oneLine(`[${input.workspaceName}] ${subject}`), text };
}
