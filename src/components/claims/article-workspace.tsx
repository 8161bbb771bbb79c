"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ArticleWorkspace as ArticleData } from "@/features/articles/get-article";
import { messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { ArticleText, selectionOffsets } from "./article-text";
import { ClaimCard } from "./claim-card";
import { shadeLevels } from "./shade";
import { SuggestionList } from "./suggestion-list";

/** The article workspace: the text on the left, suggestions and claims on the right (stacked on a phone). */
export function ArticleWorkspace({ workspaceId, initial, canEdit }: { workspaceId: string; initial: ArticleData; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { workspaceId, articleId: initial.id };
  const { data: article } = useQuery({ ...trpc.article.get.queryOptions(input), initialData: initial });
  const textRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [activeSentenceId, setActiveSentenceId] = useState<string | null>(null);
  const [mergeIds, setMergeIds] = useState<string[]>([]);

  const refresh = { onSuccess: () => { setError(null); void queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey(input) }); }, onError: (e: unknown) => { setError(messageOf(e)); void queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey(input) }); } };
  const fromSuggestion = useMutation(trpc.claim.createFromSuggestion.mutationOptions(refresh));
  const fromSpan = useMutation(trpc.claim.create.mutationOptions(refresh));
  const acceptTop = useMutation(trpc.claim.acceptTop.mutationOptions(refresh));
  const dismiss = useMutation(trpc.claim.dismissSuggestion.mutationOptions(refresh));
  const update = useMutation(trpc.claim.update.mutationOptions(refresh));
  const split = useMutation(trpc.claim.split.mutationOptions(refresh));
  const merge = useMutation(trpc.claim.merge.mutationOptions({ ...refresh, onSuccess: () => { setMergeIds([]); refresh.onSuccess(); } }));
  const busy = [fromSuggestion, fromSpan, acceptTop, dismiss, update, split, merge].some((m) => m.isPending);

  const levels = useMemo(() => shadeLevels(article.sentences), [article.sentences]);
  const claimedSentences = new Set(article.claims.map((c) => c.sentenceId));
  const suggestions = useMemo(
    () => [...article.sentences].filter((s) => !s.dismissedAt && !claimedSentences.has(s.id)).sort((a, b) => b.score - a.score || a.index - b.index),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [article.sentences, article.claims],
  );

  function claimFromSelection() {
    const span = textRef.current ? selectionOffsets(textRef.current) : null;
    if (!span) return setError("Select some words in the article first.");
    fromSpan.mutate({ ...input, ...span });
    window.getSelection()?.removeAllRanges();
  }

  function focusSentence(id: string) {
    setActiveSentenceId(id);
    textRef.current?.querySelector(`[data-sentence-id="${id}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-label="Article text" className="space-y-3">
          {canEdit ? (
            <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 bg-zinc-50/90 py-2 backdrop-blur dark:bg-zinc-950/90">
              <Button variant="secondary" disabled={busy} onMouseDown={(e) => e.preventDefault()} onClick={claimFromSelection}>
                Make claim from selection
              </Button>
              <span className="text-xs text-zinc-500">Select words in the text, or use a suggestion.</span>
            </div>
          ) : null}
          <ArticleText text={article.text} sentences={article.sentences} claims={article.claims} levels={levels} activeSentenceId={activeSentenceId} onSentenceClick={(s) => setActiveSentenceId(s.id)} containerRef={textRef} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="claims-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="claims-heading" className="text-lg font-medium">Claims <span className="text-sm font-normal text-zinc-500">({article.claims.length})</span></h2>
              {canEdit && mergeIds.length >= 2 ? (
                <Button variant="secondary" disabled={busy} onClick={() => merge.mutate({ workspaceId, claims: mergeIds.map((id) => ({ claimId: id, version: article.claims.find((c) => c.id === id)?.version ?? 1 })) })}>
                  Merge {mergeIds.length} claims
                </Button>
              ) : null}
            </div>
            {article.claims.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No claims yet. Make one from a suggestion or a selection.</p> : null}
            <ul className="space-y-2" aria-label="Claims">
              {article.claims.map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  text={article.text}
                  canEdit={canEdit}
                  busy={busy}
                  selectedForMerge={mergeIds.includes(claim.id)}
                  onToggleMerge={() => setMergeIds((ids) => (ids.includes(claim.id) ? ids.filter((x) => x !== claim.id) : [...ids, claim.id]))}
                  onEdit={(edit) => update.mutate({ workspaceId, ...edit })}
                  onSplit={(at) => split.mutate({ workspaceId, claimId: claim.id, version: claim.version, at })}
                />
              ))}
            </ul>
          </section>
          <SuggestionList
            suggestions={suggestions}
            canEdit={canEdit}
            busy={busy}
            onAccept={(s) => fromSuggestion.mutate({ ...input, sentenceId: s.id })}
            onDismiss={(s) => dismiss.mutate({ ...input, sentenceId: s.id })}
            onAcceptTop={(count) => acceptTop.mutate({ ...input, count })}
            onFocus={(s) => focusSentence(s.id)}
          />
        </div>
      </div>
    </div>
  );
}
