"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { currentPerson, type DeskContext } from "@/components/claims/desk-context";
import { useClaimRefresh } from "@/components/claims/use-claim-mutation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimDetail } from "@/features/claims/claim-detail";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/features/evidence/schemas";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { useTRPC } from "@/trpc/react";
import { EvidenceForm } from "./evidence-form";

const STANCE_STYLE = {
  SUPPORTS: "border-green-700 text-green-800 dark:text-green-300",
  REFUTES: "border-red-700 text-red-800 dark:text-red-300",
  CONTEXT: "border-zinc-500 text-zinc-700 dark:text-zinc-300",
} as const;

export function EvidenceSection({ claim, desk }: { claim: ClaimDetail; desk: DeskContext }) {
  const trpc = useTRPC();
  const [adding, setAdding] = useState(false);
  const { error, fieldErrors, handlers } = useClaimRefresh(desk.workspaceId, claim.articleId, claim.id);
  const add = useMutation(trpc.evidence.add.mutationOptions(handlers));
  const remove = useMutation(trpc.evidence.remove.mutationOptions(handlers));
  const canAdd = hasRoleAtLeast(desk.role, "REVIEWER") && claim.status !== "DISMISSED";
  const isEditor = hasRoleAtLeast(desk.role, "EDITOR");

  return (
    <section aria-labelledby={`evidence-${claim.id}`} className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 id={`evidence-${claim.id}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-500">Evidence ({claim.evidence.length})</h3>
        {canAdd && !adding ? <Button variant="ghost" onClick={() => setAdding(true)}>Add evidence</Button> : null}
      </div>
      {claim.evidence.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No sources yet.</p> : null}
      <ul className="space-y-2" aria-label="Evidence">
        {claim.evidence.map((e) => (
          <li key={e.id} className="space-y-1 rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-700" data-testid="evidence-item">
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STANCE_STYLE[e.stance]}`}>{STANCE_LABELS[e.stance]}</span>
              <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="font-medium underline" dir="auto">{e.title}</a>
              <span className="text-xs text-zinc-500">{SOURCE_TYPE_LABELS[e.sourceType]} · {e.addedBy.name}</span>
              {e.archivedUrl ? <a href={e.archivedUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-xs underline">archived copy</a> : null}
              {e.addedBy.id === desk.userId || isEditor ? (
                <Button variant="ghost" className="ms-auto min-h-8 px-2 text-xs" disabled={remove.isPending} onClick={() => remove.mutate({ workspaceId: desk.workspaceId, evidenceId: e.id })} aria-label={`Remove evidence “${e.title}”`}>
                  Remove
                </Button>
              ) : null}
            </div>
            {e.quote ? <blockquote className="border-s-2 border-zinc-300 ps-2 text-zinc-700 dark:border-zinc-600 dark:text-zinc-300" dir="auto">{e.quote}</blockquote> : null}
          </li>
        ))}
        {add.isPending && add.variables ? (
          // Shown while it is on its way; the form keeps its contents until the server has it, so a refusal loses nothing.
          <li className="space-y-1 rounded-md border border-dashed border-zinc-300 p-2 text-sm opacity-60 dark:border-zinc-700" data-testid="evidence-item" aria-busy="true">
            <div className="flex flex-wrap items-center gap-2">
              <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STANCE_STYLE[add.variables.stance]}`}>{STANCE_LABELS[add.variables.stance]}</span>
              <span className="font-medium" dir="auto">{add.variables.title}</span>
              <span className="text-xs text-zinc-500">{SOURCE_TYPE_LABELS[add.variables.sourceType ?? "OTHER"]} · {currentPerson(desk).name}</span>
              <span className="ms-auto text-xs text-zinc-500" data-testid="evidence-adding">Adding…</span>
            </div>
          </li>
        ) : null}
      </ul>
      {adding ? (
        <EvidenceForm
          claimId={claim.id}
          busy={add.isPending}
          fieldErrors={fieldErrors}
          onSubmit={(input, reset) => add.mutate({ workspaceId: desk.workspaceId, claimId: claim.id, ...input }, { onSuccess: () => reset() })}
        />
      ) : null}
      {error && !Object.keys(fieldErrors).length ? <Alert>{error}</Alert> : null}
    </section>
  );
}
