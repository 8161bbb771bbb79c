"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { PresenceBar } from "@/components/live/presence-bar";
import { PublishPanel } from "@/components/publishing/publish-panel";
import { useArticleLive } from "@/components/live/use-article-live";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ArticleWorkspace as ArticleData } from "@/features/articles/get-article";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { ArticleText, selectionOffsets } from "./article-text";
import { ClaimCard } from "./claim-card";
import { ClaimFilters, matchesFilter, NO_FILTER } from "./claim-filters";
import { ClaimPanel } from "./claim-panel";
import { currentPerson, type DeskContext } from "./desk-context";
import { ProgressBar } from "./progress-bar";
import { shadeLevels } from "./shade";
import { ShortcutHelp } from "./shortcut-help";
import { SuggestionList } from "./suggestion-list";
import { useOptimisticHolder } from "./use-claim-mutation";
import { useClaimShortcuts } from "./use-claim-shortcuts";

/** The article workspace: the text on the left; the open claim, the claims and the suggestions on the right (stacked on a phone). */
export function ArticleWorkspace({ initial, desk, initialClaimId }: { initial: ArticleData; desk: DeskContext; initialClaimId?: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { workspaceId } = desk;
  const canEdit = hasRoleAtLeast(desk.role, "EDITOR");
  const input = { workspaceId, articleId: initial.id };
  const { data: article } = useQuery({ ...trpc.article.get.queryOptions(input), initialData: initial });
  // The claims come from the lighter board read, which every change anyone makes refetches.
  const { data: board } = useQuery({ ...trpc.article.board.queryOptions(input), initialData: initial.board });
  const claims = board.claims;
  const live = useArticleLive(workspaceId, initial.id);
  const textRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [activeSentenceId, setActiveSentenceId] = useState<string | null>(null);
  const [mergeIds, setMergeIds] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(initialClaimId ?? null);
  const [cursorId, setCursorId] = useState<string | null>(initialClaimId ?? null);
  const [filter, setFilter] = useState(NO_FILTER);
  const [showHelp, setShowHelp] = useState(false);

  const reload = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.article.board.queryKey(input) }), queryClient.invalidateQueries({ queryKey: trpc.article.get.queryKey(input) })]);
  const refresh = { onSuccess: () => { setError(null); void reload(); }, onError: (e: unknown) => { setError(messageOf(e)); void reload(); } };
  const fromSuggestion = useMutation(trpc.claim.createFromSuggestion.mutationOptions(refresh));
  const fromSpan = useMutation(trpc.claim.create.mutationOptions(refresh));
  const acceptTop = useMutation(trpc.claim.acceptTop.mutationOptions(refresh));
  const dismiss = useMutation(trpc.claim.dismissSuggestion.mutationOptions(refresh));
  const update = useMutation(trpc.claim.update.mutationOptions(refresh));
  const split = useMutation(trpc.claim.split.mutationOptions(refresh));
  const merge = useMutation(trpc.claim.merge.mutationOptions({ ...refresh, onSuccess: () => { setMergeIds([]); refresh.onSuccess(); } }));
  const optimistic = useOptimisticHolder(workspaceId, initial.id, refresh);
  const take = useMutation(trpc.claim.take.mutationOptions(optimistic({ status: "IN_PROGRESS", assignee: currentPerson(desk) })));
  const busy = [fromSuggestion, fromSpan, acceptTop, dismiss, update, split, merge].some((m) => m.isPending);

  const levels = useMemo(() => shadeLevels(article.sentences), [article.sentences]);
  const claimedSentences = new Set(claims.map((c) => c.sentenceId));
  const suggestions = useMemo(
    () => [...article.sentences].filter((s) => !s.dismissedAt && !claimedSentences.has(s.id)).sort((a, b) => b.score - a.score || a.index - b.index),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [article.sentences, claims],
  );
  const visibleClaims = claims.filter((c) => matchesFilter(c, filter));
  const people = desk.members.filter((m) => hasRoleAtLeast(m.role, "REVIEWER"));

  function open(id: string | null) {
    setOpenId(id);
    if (id) setCursorId(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("claim", id);
    else url.searchParams.delete("claim");
    window.history.replaceState(null, "", url);
  }

  function moveCursor(step: 1 | -1) {
    if (visibleClaims.length === 0) return;
    const at = visibleClaims.findIndex((c) => c.id === cursorId);
    const next = visibleClaims[at === -1 ? 0 : Math.min(visibleClaims.length - 1, Math.max(0, at + step))]!;
    setCursorId(next.id);
    document.querySelector(`[data-claim-id="${next.id}"]`)?.scrollIntoView({ block: "nearest" });
  }

  useClaimShortcuts({
    next: () => moveCursor(1),
    previous: () => moveCursor(-1),
    open: () => cursorId && open(cursorId),
    close: () => (showHelp ? setShowHelp(false) : open(null)),
    take: () => { const id = openId ?? cursorId; if (id) take.mutate({ workspaceId, claimId: id }); },
    verdict: () => openId && document.querySelector<HTMLElement>(`#verdict-form-${openId} input, #verdict-form-${openId} textarea`)?.focus(),
    comment: () => openId && document.getElementById(`comment-${openId}`)?.focus(),
    help: () => setShowHelp((v) => !v),
  });

  function claimFromSelection() {
    const span = textRef.current ? selectionOffsets(textRef.current) : null;
    if (!span) return setError("Select some words in the article first.");
    fromSpan.mutate({ ...input, ...span });
    window.getSelection()?.removeAllRanges();
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PresenceBar viewers={live.viewers} status={live.status} meId={desk.userId} lastActivity={live.lastActivity} />
        <button type="button" className="text-xs text-zinc-600 underline dark:text-zinc-400" onClick={() => setShowHelp((v) => !v)}>Keyboard shortcuts (?)</button>
      </div>
      <ProgressBar counts={board.counts} />
      <PublishPanel articleId={initial.id} desk={desk} />
      {showHelp ? <ShortcutHelp onClose={() => setShowHelp(false)} /> : null}
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
          <ArticleText text={article.text} sentences={article.sentences} claims={claims} levels={levels} activeSentenceId={activeSentenceId} onSentenceClick={(s) => { setActiveSentenceId(s.id); const claim = claims.find((c) => c.sentenceId === s.id); if (claim) open(claim.id); }} containerRef={textRef} />
        </section>
        <div className="space-y-8">
          {openId ? <ClaimPanel key={openId} claimId={openId} desk={desk} onClose={() => open(null)} /> : null}
          <section aria-labelledby="claims-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="claims-heading" className="text-lg font-medium">Claims <span className="text-sm font-normal text-zinc-500">({visibleClaims.length === claims.length ? claims.length : `${visibleClaims.length} of ${claims.length}`})</span></h2>
              {canEdit && mergeIds.length >= 2 ? (
                <Button variant="secondary" disabled={busy} onClick={() => merge.mutate({ workspaceId, claims: mergeIds.map((id) => ({ claimId: id, version: claims.find((c) => c.id === id)?.version ?? 1 })) })}>
                  Merge {mergeIds.length} claims
                </Button>
              ) : null}
            </div>
            {claims.length > 0 ? <ClaimFilters value={filter} onChange={setFilter} people={people} scale={desk.scale} /> : null}
            {claims.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No claims yet. Make one from a suggestion or a selection.</p> : null}
            <ul className="space-y-2" aria-label="Claims">
              {visibleClaims.map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  text={article.text}
                  canEdit={canEdit}
                  busy={busy}
                  scale={desk.scale}
                  selected={claim.id === cursorId || claim.id === openId}
                  onOpen={() => open(claim.id)}
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
            onFocus={(s) => { setActiveSentenceId(s.id); textRef.current?.querySelector(`[data-sentence-id="${s.id}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" }); }}
          />
        </div>
      </div>
    </div>
  );
}
