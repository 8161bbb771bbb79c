"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { BoardClaim } from "@/features/articles/get-article-board";
import { moveBoundary } from "@/features/claims/span";
import { findRating, type RatingScale } from "@/features/verdicts/rating-scale";
import { VerdictBadge } from "@/components/verdicts/verdict-badge";
import { StatusPill } from "./status-pill";

type Claim = BoardClaim;
type Fact = { raw: string; what?: string | null; where?: string | null; when?: string | null; who?: string | null };

export type ClaimEdit = { claimId: string; version: number; start?: number; end?: number; wording?: string };

export function ClaimCard({
  claim,
  text,
  canEdit,
  busy,
  selectedForMerge,
  onToggleMerge,
  onEdit,
  onSplit,
  scale,
  selected,
  onOpen,
}: {
  scale: RatingScale;
  /** The claim the keyboard cursor is on, or the open one. */
  selected: boolean;
  onOpen: () => void;
  claim: Claim;
  text: string;
  canEdit: boolean;
  busy: boolean;
  selectedForMerge: boolean;
  onToggleMerge: () => void;
  onEdit: (edit: ClaimEdit) => void;
  onSplit: (at: number) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const facts = (claim.facts as Fact[]) ?? [];
  const move = (edge: "start" | "end", dir: -1 | 1) => {
    const span = moveBoundary(text, claim, edge, dir);
    if (span.start !== claim.start || span.end !== claim.end) onEdit({ claimId: claim.id, version: claim.version, ...span });
  };
  const words = [...claim.quotedText.matchAll(/\S+/g)].slice(1);

  return (
    <li
      data-testid="claim-card"
      data-claim-id={claim.id}
      aria-current={selected ? "true" : undefined}
      className={`space-y-2 rounded-md border bg-white p-3 dark:bg-zinc-900 ${selected ? "border-blue-600 ring-2 ring-blue-600/30" : "border-zinc-200 dark:border-zinc-800"}`}
    >
      <div className="flex items-start gap-2">
        {canEdit ? (
          <input type="checkbox" checked={selectedForMerge} onChange={onToggleMerge} aria-label={`Select “${claim.wording}” for merging`} className="mt-1.5" />
        ) : null}
        {editing ? (
          <form
            className="flex flex-1 gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              onEdit({ claimId: claim.id, version: claim.version, wording: String(new FormData(e.currentTarget).get("wording") ?? "") });
              setEditing(false);
            }}
          >
            <label className="sr-only" htmlFor={`wording-${claim.id}`}>Claim wording</label>
            <input id={`wording-${claim.id}`} name="wording" defaultValue={claim.wording} dir="auto" autoFocus className="flex-1 rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900" />
            <Button type="submit" disabled={busy}>Save</Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>Cancel</Button>
          </form>
        ) : (
          <button type="button" className="flex-1 text-start font-medium hover:underline" dir="auto" data-testid="claim-wording" onClick={onOpen}>
            {claim.wording}
          </button>
        )}
        <StatusPill status={claim.status} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="claim-meta">
        {claim.verdict ? <VerdictBadge rating={findRating(scale, claim.verdict.rating) ?? null} /> : null}
        <span data-testid="claim-assignee">{claim.assignee ? `Checked by ${claim.assignee.name}` : "Unassigned"}</span>
        <span>· {claim.evidenceCount} {claim.evidenceCount === 1 ? "source" : "sources"}</span>
        <span>· {claim.commentCount} {claim.commentCount === 1 ? "comment" : "comments"}</span>
      </div>
      {claim.spanMismatch ? (
        <p role="status" className="rounded bg-red-50 px-2 py-1 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          The article text changed: the quoted words are no longer at this place. Adjust the span or the quote.
        </p>
      ) : null}
      <blockquote className="border-s-4 border-zinc-300 ps-3 text-sm text-zinc-700 dark:border-zinc-600 dark:text-zinc-300" dir="auto" data-testid="claim-quote">
        {claim.quotedText}
      </blockquote>
      {facts.length ? (
        <ul className="text-xs text-zinc-600 dark:text-zinc-400" aria-label="Extracted figures">
          {facts.map((f, i) => (
            <li key={i}>
              <strong>{f.raw}</strong>
              {[f.what, f.where && `in ${f.where}`, f.when, f.who && `according to ${f.who}`].filter(Boolean).map((x) => ` · ${x}`).join("")}
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit && (claim.status === "OPEN" || claim.status === "IN_PROGRESS") ? (
        <div className="flex flex-wrap items-center gap-1 text-sm">
          <Button variant="ghost" disabled={busy} onClick={() => setEditing(true)}>Edit wording</Button>
          <span className="ms-2 text-xs text-zinc-500">Start</span>
          <Button variant="ghost" disabled={busy} aria-label="Start one word earlier" onClick={() => move("start", -1)}>←</Button>
          <Button variant="ghost" disabled={busy} aria-label="Start one word later" onClick={() => move("start", 1)}>→</Button>
          <span className="ms-2 text-xs text-zinc-500">End</span>
          <Button variant="ghost" disabled={busy} aria-label="End one word earlier" onClick={() => move("end", -1)}>←</Button>
          <Button variant="ghost" disabled={busy} aria-label="End one word later" onClick={() => move("end", 1)}>→</Button>
          <Button variant="ghost" disabled={busy || words.length === 0} onClick={() => setSplitting(!splitting)}>Split…</Button>
        </div>
      ) : null}
      {splitting ? (
        <div className="text-sm" role="group" aria-label="Split before the word">
          <p className="mb-1 text-xs text-zinc-500">Split before:</p>
          <div className="flex flex-wrap gap-1">
            {words.map((w) => (
              <button key={w.index} type="button" className="rounded border border-zinc-300 px-1.5 py-0.5 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800" onClick={() => { setSplitting(false); onSplit(claim.start + (w.index ?? 0)); }}>
                {w[0]}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </li>
  );
}
