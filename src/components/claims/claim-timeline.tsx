"use client";

import { useQuery } from "@tanstack/react-query";
import type { TimelineEvent } from "@/features/audit/claim-timeline";
import { findRating, type RatingScale } from "@/features/verdicts/rating-scale";
import { useTRPC } from "@/trpc/react";
import { describeAction } from "./action-labels";
import { STATUS_LABELS } from "./status";

type Json = Record<string, unknown> | null;

/** The detail worth a line: the new holder, the rating, the reason, the source. */
function detailOf(event: TimelineEvent, scale: RatingScale): string | null {
  const after = event.after as Json;
  const before = event.before as Json;
  const status = (s: unknown) => (typeof s === "string" && s in STATUS_LABELS ? STATUS_LABELS[s as keyof typeof STATUS_LABELS] : null);
  switch (event.action) {
    case "claim.assigned":
    case "claim.taken":
      return `→ ${(after?.assignee as { name?: string } | null)?.name ?? "?"}`;
    case "verdict.proposed":
    case "verdict.edited": {
      const rating = (after?.verdict as { rating?: string } | null)?.rating;
      return rating ? `“${findRating(scale, rating)?.label ?? rating}”` : null;
    }
    case "verdict.sent_back":
      return typeof after?.reason === "string" ? `“${after.reason}”` : null;
    case "evidence.added":
      return typeof after?.title === "string" ? `${after.title} (${String(after.stance ?? "").toLowerCase()})` : null;
    case "evidence.removed":
      return typeof before?.title === "string" ? before.title : null;
    default: {
      const from = status(before?.status);
      const to = status(after?.status);
      return from && to && from !== to ? `${from} → ${to}` : null;
    }
  }
}

export function ClaimTimeline({ workspaceId, claimId, scale }: { workspaceId: string; claimId: string; scale: RatingScale }) {
  const trpc = useTRPC();
  const { data, isPending } = useQuery(trpc.claim.timeline.queryOptions({ workspaceId, claimId }));
  return (
    <section aria-labelledby={`timeline-${claimId}`} className="space-y-2">
      <h3 id={`timeline-${claimId}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-500">Timeline</h3>
      {isPending ? <p className="h-16 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800" aria-label="Loading the timeline" /> : null}
      <ol className="space-y-1 border-s border-zinc-300 ps-3 text-sm dark:border-zinc-700" data-testid="timeline">
        {(data ?? []).map((e) => (
          <li key={e.id}>
            <time className="text-xs text-zinc-500" dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(5, 16).replace("T", " ")}</time>{" "}
            <strong>{e.actor?.name ?? "Someone"}</strong> {describeAction(e.action)}
            {detailOf(e, scale) ? <span className="text-zinc-600 dark:text-zinc-400" dir="auto"> {detailOf(e, scale)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
