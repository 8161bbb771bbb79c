"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ArticleWorkspace } from "@/features/articles/get-article";
import { REASON_LABELS } from "@/features/analysis/rank/features";
import type { CheckworthinessReason } from "@/features/analysis/rank/features";

type Sentence = ArticleWorkspace["sentences"][number];

/** Suggestions in rank order: sentences that are neither dismissed nor already a claim. */
export function SuggestionList({
  suggestions,
  canEdit,
  busy,
  onAccept,
  onDismiss,
  onAcceptTop,
  onFocus,
}: {
  suggestions: Sentence[];
  canEdit: boolean;
  busy: boolean;
  onAccept: (s: Sentence) => void;
  onDismiss: (s: Sentence) => void;
  onAcceptTop: (count: number) => void;
  onFocus: (s: Sentence) => void;
}) {
  const [count, setCount] = useState(5);
  const [shown, setShown] = useState(10);
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-lg font-medium">
          Suggested claims <span className="text-sm font-normal text-zinc-500">({suggestions.length})</span>
        </h2>
        {canEdit && suggestions.length > 0 ? (
          <div className="flex items-center gap-2">
            <label htmlFor="accept-top" className="text-sm">Accept top</label>
            <input id="accept-top" type="number" min={1} max={Math.min(50, suggestions.length)} value={count} onChange={(e) => setCount(Number(e.target.value))} className="w-16 rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900" />
            <Button variant="secondary" disabled={busy} onClick={() => onAcceptTop(count)}>Accept</Button>
          </div>
        ) : null}
      </div>
      {suggestions.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No open suggestions: every sentence worth checking is a claim or was dismissed.</p> : null}
      <ol className="space-y-2" aria-label="Suggestions by rank">
        {suggestions.slice(0, shown).map((s, i) => (
          <li key={s.id} data-testid="suggestion" className="rounded-md border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
            <button type="button" onClick={() => onFocus(s)} className="block w-full text-start">
              <span className="me-2 text-xs font-semibold text-zinc-500">#{i + 1}</span>
              <span className="font-medium" dir="auto">{s.wording ?? s.text}</span>
            </button>
            {s.wording ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" dir="auto">{s.text}</p> : null}
            <p className="mt-1 text-xs text-zinc-500">
              Score {s.score.toFixed(2)} · {(s.reasons as CheckworthinessReason[]).map((r) => REASON_LABELS[r] ?? r).join(" · ") || "no specific signal"}
            </p>
            {canEdit ? (
              <div className="mt-2 flex gap-2">
                <Button variant="secondary" disabled={busy} onClick={() => onAccept(s)}>Make claim<span className="sr-only">: {s.wording ?? s.text}</span></Button>
                <Button variant="ghost" disabled={busy} onClick={() => onDismiss(s)}>Dismiss<span className="sr-only">: {s.wording ?? s.text}</span></Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {suggestions.length > shown ? <Button variant="ghost" onClick={() => setShown(shown + 20)}>Show more suggestions</Button> : null}
    </section>
  );
}
