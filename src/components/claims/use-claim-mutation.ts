"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

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
      onSuccess: () => {
        setError(null);
        setFieldErrors({});
        void refetch();
      },
      onError: (e: unknown) => {
        setError(messageOf(e));
        setFieldErrors(fieldErrorsOf(e));
        void refetch();
      },
    },
  };
}
