"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { applyToBoard, applyToDetail, type HolderChange } from "./optimistic";

/**
 * What every change to a claim does afterwards: refetch the claim, its
 * timeline and the article (whether it succeeded or was refused: a refusal
 * such as "changed by Amina at 10:42" means a newer state exists, and the
 * person should see it), and keep the refusal to show next to the form.
 */
export function useClaimRefresh(workspaceId: string, articleId: string, claimId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const refetch = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.claim.detail.queryKey({ workspaceId, claimId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.claim.timeline.queryKey({ workspaceId, claimId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.article.board.queryKey({ workspaceId, articleId }) }),
    ]);
  return {
    error,
    fieldErrors,
    clear: () => {
      setError(null);
      setFieldErrors({});
    },
    handlers: {
      // Returned, so the mutation stays pending until the fresh claim is in: what was shown while
      // pending (an optimistic take, a comment being sent) gives way to the real thing without a flicker.
      onSuccess: () => {
        setError(null);
        setFieldErrors({});
        return refetch();
      },
      onError: (e: unknown) => {
        setError(messageOf(e));
        setFieldErrors(fieldErrorsOf(e));
        return refetch();
      },
    },
  };
}

/**
 * Take and release without waiting: the cached panel and board show the new
 * holder at once (a desk on a slow connection sees its click land), and if the
 * server refuses, both go back to what they were and the refusal says why
 * ("Already taken by Amina Rahimi"). Either way both are then refetched.
 */
export function useOptimisticHolder(workspaceId: string, articleId: string, after: { onSuccess: () => unknown; onError: (e: unknown) => unknown }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const boardKey = trpc.article.board.queryKey({ workspaceId, articleId });
  return (change: HolderChange) => ({
    onMutate: async ({ claimId }: { claimId: string }) => {
      const detailKey = trpc.claim.detail.queryKey({ workspaceId, claimId });
      await Promise.all([queryClient.cancelQueries({ queryKey: detailKey }), queryClient.cancelQueries({ queryKey: boardKey })]);
      const previous = { detail: queryClient.getQueryData(detailKey), board: queryClient.getQueryData(boardKey) };
      if (previous.detail) queryClient.setQueryData(detailKey, applyToDetail(previous.detail, change));
      if (previous.board) queryClient.setQueryData(boardKey, applyToBoard(previous.board, claimId, change));
      return previous;
    },
    onError: (e: unknown, { claimId }: { claimId: string }, previous: { detail?: unknown; board?: unknown } | undefined) => {
      if (previous?.detail) queryClient.setQueryData(trpc.claim.detail.queryKey({ workspaceId, claimId }), previous.detail as never);
      if (previous?.board) queryClient.setQueryData(boardKey, previous.board as never);
      return after.onError(e);
    },
    onSuccess: async (_data: unknown, { claimId }: { claimId: string }) => {
      await Promise.all([after.onSuccess(), queryClient.invalidateQueries({ queryKey: trpc.claim.detail.queryKey({ workspaceId, claimId }) })]);
    },
  });
}
