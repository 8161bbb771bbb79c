"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimDetail } from "@/features/claims/claim-detail";
import { allowedActions } from "@/features/workflow/lifecycle";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { useTRPC } from "@/trpc/react";
import { currentPerson, type DeskContext } from "./desk-context";
import { useClaimRefresh, useOptimisticHolder } from "./use-claim-mutation";

/** Take, release, assign, dismiss, reopen: only the buttons the lifecycle would accept for this person are shown. */
export function ClaimActions({ claim, desk }: { claim: ClaimDetail; desk: DeskContext }) {
  const trpc = useTRPC();
  const ref = { workspaceId: desk.workspaceId, claimId: claim.id };
  const { error, fieldErrors, handlers } = useClaimRefresh(desk.workspaceId, claim.articleId, claim.id);
  const optimistic = useOptimisticHolder(desk.workspaceId, claim.articleId, handlers);
  const take = useMutation(trpc.claim.take.mutationOptions(optimistic({ status: "IN_PROGRESS", assignee: currentPerson(desk) })));
  const release = useMutation(trpc.claim.release.mutationOptions(optimistic({ status: "OPEN", assignee: null })));
  const assign = useMutation(trpc.claim.assign.mutationOptions(handlers));
  const dismiss = useMutation(trpc.claim.dismiss.mutationOptions(handlers));
  const reopen = useMutation(trpc.claim.reopen.mutationOptions(handlers));
  const busy = [take, release, assign, dismiss, reopen].some((m) => m.isPending);
  const state = { status: claim.status, assigneeId: claim.assignee?.id ?? null, verdictAuthorId: claim.verdict?.authorId ?? null };
  const allowed = new Set(allowedActions(state, { userId: desk.userId, role: desk.role }, { twoPersonRule: desk.twoPersonRule }));
  const eligible = desk.members.filter((m) => hasRoleAtLeast(m.role, "REVIEWER") && m.userId !== claim.assignee?.id);

  return (
    <div className="space-y-2">
      <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="claim-holder">
        {claim.assignee ? <>Being checked by <strong>{claim.assignee.id === desk.userId ? "you" : claim.assignee.name}</strong></> : "Nobody is checking this claim yet."}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {allowed.has("take") ? (
          <Button disabled={busy} onClick={() => take.mutate(ref)} aria-keyshortcuts="t">Take this claim</Button>
        ) : null}
        {allowed.has("release") ? (
          <Button variant="secondary" disabled={busy} onClick={() => release.mutate({ ...ref, version: claim.version })}>Release</Button>
        ) : null}
        {allowed.has("assign") && eligible.length > 0 ? (
          <form
            className="flex items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const assigneeId = String(new FormData(e.currentTarget).get("assigneeId") ?? "");
              if (assigneeId) assign.mutate({ ...ref, version: claim.version, assigneeId });
            }}
          >
            <label htmlFor={`assign-${claim.id}`} className="sr-only">Assign to</label>
            <select id={`assign-${claim.id}`} name="assigneeId" defaultValue="" className="rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900" aria-invalid={fieldErrors.assigneeId ? true : undefined}>
              <option value="" disabled>Assign to…</option>
              {eligible.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
            </select>
            <Button type="submit" variant="secondary" disabled={busy}>{claim.assignee ? "Reassign" : "Assign"}</Button>
          </form>
        ) : null}
        {allowed.has("dismiss") ? (
          <Button variant="ghost" disabled={busy} onClick={() => dismiss.mutate({ ...ref, version: claim.version })}>Dismiss</Button>
        ) : null}
        {allowed.has("reopen") ? (
          <Button variant="secondary" disabled={busy} onClick={() => reopen.mutate({ ...ref, version: claim.version })}>Reopen</Button>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
