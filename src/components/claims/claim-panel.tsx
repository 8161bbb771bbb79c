"use client";

import { useQuery } from "@tanstack/react-query";
import { CommentThread } from "@/components/comments/comment-thread";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { Button } from "@/components/ui/button";
import { VerdictSection } from "@/components/verdicts/verdict-section";
import { useTRPC } from "@/trpc/react";
import { ClaimActions } from "./claim-actions";
import { ClaimTimeline } from "./claim-timeline";
import { SimilarClaims } from "./similar-claims";
import type { DeskContext } from "./desk-context";
import { StatusPill } from "./status-pill";

/** One claim opened: who holds it, the verdict, the evidence, the discussion and what happened so far. */
export function ClaimPanel({ claimId, desk, onClose }: { claimId: string; desk: DeskContext; onClose: () => void }) {
  const trpc = useTRPC();
  const { data: claim, error } = useQuery(trpc.claim.detail.queryOptions({ workspaceId: desk.workspaceId, claimId }));
  if (error) return <p role="alert" className="text-sm text-red-700">This claim is no longer here (it may have been merged). <Button variant="ghost" onClick={onClose}>Close</Button></p>;
  if (!claim) return <div className="h-64 animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800" aria-label="Loading the claim" />;
  return (
    <article aria-labelledby={`panel-${claim.id}`} className="space-y-5 rounded-md border border-blue-200 bg-white p-4 shadow-sm dark:border-blue-900 dark:bg-zinc-900" data-testid="claim-panel">
      <header className="space-y-2">
        <div className="flex items-start gap-2">
          <h2 id={`panel-${claim.id}`} className="flex-1 text-lg font-semibold" dir="auto">{claim.wording}</h2>
          <StatusPill status={claim.status} />
          <Button variant="ghost" className="min-h-8 px-2" onClick={onClose} aria-label="Close the claim (Esc)" aria-keyshortcuts="Escape">✕</Button>
        </div>
        <blockquote className="border-s-4 border-zinc-300 ps-3 text-sm text-zinc-700 dark:border-zinc-600 dark:text-zinc-300" dir="auto">{claim.quotedText}</blockquote>
      </header>
      <ClaimActions claim={claim} desk={desk} />
      <SimilarClaims claimId={claim.id} desk={desk} />
      <VerdictSection claim={claim} desk={desk} />
      <EvidenceSection claim={claim} desk={desk} />
      <CommentThread claim={claim} desk={desk} />
      <ClaimTimeline workspaceId={desk.workspaceId} claimId={claim.id} scale={desk.scale} />
    </article>
  );
}
