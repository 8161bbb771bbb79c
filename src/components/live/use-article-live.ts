"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useState } from "react";
import type { Viewer } from "@/features/live/presence";
import { describeAction } from "@/components/claims/action-labels";
import { useTRPC } from "@/trpc/react";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/**
 * Keeps an article page current: every change anyone commits arrives over
 * server-sent events, and the queries showing it are refetched (the event says
 * what changed; the data comes through the normal, authorised queries). After a
 * dropped connection the browser reconnects by itself and the server replays
 * what was missed from the last event id.
 */
export function useArticleLive(workspaceId: string, articleId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [lastActivity, setLastActivity] = useState<string | null>(null);

  const subscription = useSubscription(
    trpc.live.article.subscriptionOptions(
      { workspaceId, articleId },
      {
        onStarted: () => {
          // Anything may have changed while we were away; the replay covers the audit trail, this covers the rest.
          void queryClient.invalidateQueries({ queryKey: trpc.article.board.queryKey({ workspaceId, articleId }) });
          void queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ workspaceId, articleId }) });
        },
        onData: ({ data }) => {
          if (data.type === "presence") return setViewers(data.viewers);
          void queryClient.invalidateQueries({ queryKey: trpc.article.board.queryKey({ workspaceId, articleId }) });
          // The text and its sentences (the heavier read) change only with these.
          if (data.events.some((e) => /^(article|suggestion)\./.test(e.action))) {
            void queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey({ workspaceId, articleId }) });
          }
          for (const claimId of new Set(data.events.map((e) => e.claimId).filter((id): id is string => !!id))) {
            void queryClient.invalidateQueries({ queryKey: trpc.claim.detail.queryKey({ workspaceId, claimId }) });
            void queryClient.invalidateQueries({ queryKey: trpc.claim.timeline.queryKey({ workspaceId, claimId }) });
          }
          void queryClient.invalidateQueries({ queryKey: trpc.notification.unreadCount.queryKey() });
          // The publish panel's status builds a draft summary on the server: refetch it only when
          // something it shows can have changed (verdicts, publishing), not on every comment.
          if (data.events.some((e) => /^(verdict|summary)\.|^claim\.(published|dismissed|reopened)$/.test(e.action))) {
            void queryClient.invalidateQueries({ queryKey: trpc.publication.status.queryKey({ workspaceId, articleId }) });
          }
          const last = data.events.at(-1);
          if (last) setLastActivity(`${last.actor?.name ?? "Someone"}: ${describeAction(last.action)}`);
        },
      },
    ),
  );
  const status: LiveStatus = subscription.status === "pending" ? "live" : subscription.status === "connecting" && !subscription.data ? "connecting" : "reconnecting";
  return { viewers, status, lastActivity };
}
