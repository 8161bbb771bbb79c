import type { NotificationKind } from "@/generated/prisma/enums";

type Payload = { wording?: string; preview?: string; reason?: string; rating?: string };

/** The payload is JSON written by the server; read only the string fields we know, ignore the rest. */
export function readPayload(value: unknown): Payload {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Payload = {};
  for (const key of ["wording", "preview", "reason", "rating"] as const) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === "string" && v.trim()) out[key] = v;
  }
  return out;
}

const Quote = ({ children }: { children: string }) => <bdi>“{children}”</bdi>;

/** What happened, in the words a colleague would use; user text is isolated so RTL names and quotes read right. */
export function NotificationText({ kind, payload, actorName, workspaceName }: { kind: NotificationKind; payload: unknown; actorName: string | null; workspaceName: string }) {
  const p = readPayload(payload);
  const actor = <bdi>{actorName ?? "Someone"}</bdi>;
  switch (kind) {
    case "ASSIGNED":
      return <>{actor} assigned you {p.wording ? <Quote>{p.wording}</Quote> : "a claim"}</>;
    case "MENTIONED":
      return (
        <>
          {actor} mentioned you{p.preview ? <>: <bdi>{p.preview}</bdi></> : p.wording ? <> on <Quote>{p.wording}</Quote></> : null}
        </>
      );
    case "REVIEW_REQUESTED":
      return <>A verdict awaits your review{p.wording ? <>: <Quote>{p.wording}</Quote></> : null}</>;
    case "VERDICT_APPROVED":
      return <>Your verdict was approved{p.wording ? <> on <Quote>{p.wording}</Quote></> : null}</>;
    case "VERDICT_SENT_BACK":
      return <>Your verdict was sent back{p.reason ? <>: <bdi>{p.reason}</bdi></> : null}</>;
    case "INVITED":
      return <>{actor} added you to <bdi>{workspaceName}</bdi></>;
    default:
      return <>Something changed on a claim you follow</>;
  }
}

/** The claim a mention or a sent-back verdict is about, when the sentence itself did not quote it. */
export function notificationContext(kind: NotificationKind, payload: unknown): string | null {
  const p = readPayload(payload);
  if (kind === "MENTIONED" && p.preview) return p.wording ?? null;
  if (kind === "VERDICT_SENT_BACK") return p.wording ?? null;
  return null;
}
