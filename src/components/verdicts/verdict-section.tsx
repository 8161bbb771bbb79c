"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { DeskContext } from "@/components/claims/desk-context";
import { useClaimRefresh } from "@/components/claims/use-claim-mutation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitOnModEnter } from "@/components/ui/submit-shortcut";
import type { ClaimDetail } from "@/features/claims/claim-detail";
import { confidenceLabel, findRating } from "@/features/verdicts/rating-scale";
import { allowedActions } from "@/features/workflow/lifecycle";
import { useTRPC } from "@/trpc/react";
import { VerdictBadge } from "./verdict-badge";
import { VerdictForm } from "./verdict-form";

/** The verdict as it stands, and the next step on it for this person: propose, edit, approve or send back. */
export function VerdictSection({ claim, desk }: { claim: ClaimDetail; desk: DeskContext }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const { error, fieldErrors, handlers } = useClaimRefresh(desk.workspaceId, claim.articleId, claim.id);
  const done = { ...handlers, onSuccess: () => { setEditing(false); setSendingBack(false); handlers.onSuccess(); } };
  const propose = useMutation(trpc.verdict.propose.mutationOptions(done));
  const edit = useMutation(trpc.verdict.edit.mutationOptions(done));
  const approve = useMutation(trpc.verdict.approve.mutationOptions(done));
  const sendBack = useMutation(trpc.verdict.sendBack.mutationOptions(done));
  const busy = [propose, edit, approve, sendBack].some((m) => m.isPending);
  const verdict = claim.verdict;
  const state = { status: claim.status, assigneeId: claim.assignee?.id ?? null, verdictAuthorId: verdict?.authorId ?? null };
  const allowed = new Set(allowedActions(state, { userId: desk.userId, role: desk.role }, { twoPersonRule: desk.twoPersonRule }));
  const ref = { workspaceId: desk.workspaceId, claimId: claim.id };
  const formId = `verdict-form-${claim.id}`;
  const canPropose = allowed.has("propose_verdict");

  return (
    <section aria-labelledby={`verdict-${claim.id}`} className="space-y-3">
      <h3 id={`verdict-${claim.id}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-500">Verdict</h3>
      {verdict && !editing ? (
        <div className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-700" data-testid="verdict">
          <div className="flex flex-wrap items-center gap-2">
            <VerdictBadge rating={findRating(desk.scale, verdict.rating) ?? null} />
            <span className="text-xs text-zinc-600 dark:text-zinc-400">
              {confidenceLabel(verdict.confidence)} confidence · by {verdict.author.name}
              {verdict.approvedBy ? ` · approved by ${verdict.approvedBy.name}` : claim.status === "NEEDS_REVIEW" ? " · waiting for review" : ""}
            </span>
          </div>
          <p className="whitespace-pre-wrap text-sm" dir="auto">{verdict.rationale}</p>
          {verdict.reviewNote && claim.status === "IN_PROGRESS" ? (
            <p role="status" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
              Sent back: <span dir="auto">{verdict.reviewNote}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {!verdict && !canPropose ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No verdict yet.</p> : null}
      {(canPropose && !verdict) || editing || (canPropose && verdict && claim.status === "IN_PROGRESS") ? (
        <VerdictForm
          key={`${claim.id}-${verdict?.version ?? 0}`}
          id={formId}
          scale={desk.scale}
          initial={verdict ? { rating: verdict.rating, rationale: verdict.rationale, confidence: verdict.confidence } : undefined}
          submitLabel={editing ? "Save verdict" : "Propose verdict"}
          busy={busy}
          fieldErrors={fieldErrors}
          onSubmit={(input) =>
            editing && verdict ? edit.mutate({ ...ref, verdictVersion: verdict.version, ...input }) : propose.mutate({ ...ref, claimVersion: claim.version, ...input })
          }
          onCancel={editing ? () => setEditing(false) : undefined}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {verdict && allowed.has("approve") && !sendingBack ? (
          <Button disabled={busy} onClick={() => approve.mutate({ ...ref, verdictVersion: verdict.version })}>Approve verdict</Button>
        ) : null}
        {verdict && allowed.has("send_back") && !sendingBack ? (
          <Button variant="secondary" disabled={busy} onClick={() => setSendingBack(true)}>Send back…</Button>
        ) : null}
        {verdict && allowed.has("edit_verdict") && !editing ? (
          <Button variant="ghost" disabled={busy} onClick={() => setEditing(true)}>Edit verdict</Button>
        ) : null}
      </div>
      {sendingBack && verdict ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            sendBack.mutate({ ...ref, verdictVersion: verdict.version, reason: String(new FormData(e.currentTarget).get("reason") ?? "") });
          }}
        >
          <label htmlFor={`reason-${claim.id}`} className="block text-sm font-medium">What should the author fix?</label>
          <textarea id={`reason-${claim.id}`} name="reason" rows={2} dir="auto" autoFocus onKeyDown={submitOnModEnter} aria-invalid={fieldErrors.reason ? true : undefined} className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900" />
          {fieldErrors.reason ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{fieldErrors.reason}</p> : null}
          <div className="flex gap-2">
            <Button type="submit" variant="secondary" disabled={busy}>Send back</Button>
            <Button variant="ghost" onClick={() => setSendingBack(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {error && !Object.keys(fieldErrors).length ? <Alert>{error}</Alert> : null}
    </section>
  );
}
