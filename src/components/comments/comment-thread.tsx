"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { DeskContext } from "@/components/claims/desk-context";
import { useClaimRefresh } from "@/components/claims/use-claim-mutation";
import { Button } from "@/components/ui/button";
import type { ClaimDetail } from "@/features/claims/claim-detail";
import { currentPerson } from "@/components/claims/desk-context";
import { pendingComment } from "@/components/claims/optimistic";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { useTRPC } from "@/trpc/react";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";

type Comment = ClaimDetail["comments"][number] & { pending?: true };

/** The discussion on a claim: threads one level deep, newest at the bottom, like a chat. */
export function CommentThread({ claim, desk }: { claim: ClaimDetail; desk: DeskContext }) {
  const trpc = useTRPC();
  const { error, handlers } = useClaimRefresh(desk.workspaceId, claim.articleId, claim.id);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const add = useMutation(trpc.comment.add.mutationOptions(handlers));
  const edit = useMutation(trpc.comment.edit.mutationOptions(handlers));
  const remove = useMutation(trpc.comment.delete.mutationOptions(handlers));
  const canWrite = hasRoleAtLeast(desk.role, "REVIEWER");
  const members = desk.members.map((m) => ({ userId: m.userId, name: m.name }));
  // A comment on its way is shown at once, marked as sending, in the thread it belongs to; it gives way to the
  // stored one when the claim is refetched, or disappears (its text back in the box) if the server refuses it.
  const sending: Comment[] = add.isPending && add.variables ? [pendingComment(add.variables.body, currentPerson(desk), add.variables.parentId ?? null, add.submittedAt ? new Date(add.submittedAt) : new Date())] : [];
  const comments = [...claim.comments, ...sending];
  const roots = comments.filter((c) => !c.parentId);
  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);
  const ws = desk.workspaceId;

  function renderComment(c: Comment) {
    const own = c.author.id === desk.userId && !c.deletedAt;
    return (
      <div className={`space-y-1 ${c.pending ? "opacity-60" : ""}`} data-testid="comment" aria-busy={c.pending ? true : undefined}>
        <p className="text-xs text-zinc-500">
          <strong className="text-zinc-800 dark:text-zinc-200">{c.author.name}</strong> · {c.pending ? <span data-testid="comment-sending">Sending…</span> : <time dateTime={c.createdAt.toISOString()}>{c.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>}
          {c.editedAt && !c.deletedAt ? " · edited" : ""}
        </p>
        {c.deletedAt ? (
          <p className="text-sm italic text-zinc-500">Comment deleted.</p>
        ) : editing === c.id ? (
          <CommentComposer id={`edit-${c.id}`} members={members} initial={c.body} submitLabel="Save" busy={edit.isPending} autoFocus onCancel={() => setEditing(null)}
            onSubmit={(body) => edit.mutate({ workspaceId: ws, commentId: c.id, body }, { onSuccess: () => setEditing(null) })} />
        ) : (
          <div className="text-sm"><CommentBody body={c.body} /></div>
        )}
        {canWrite && !c.deletedAt && !c.pending && editing !== c.id ? (
          <div className="flex gap-1">
            <Button variant="ghost" className="min-h-8 px-2 text-xs" onClick={() => setReplyTo(c.parentId ?? c.id)}>Reply</Button>
            {own ? <Button variant="ghost" className="min-h-8 px-2 text-xs" onClick={() => setEditing(c.id)}>Edit</Button> : null}
            {own ? <Button variant="ghost" className="min-h-8 px-2 text-xs" disabled={remove.isPending} onClick={() => remove.mutate({ workspaceId: ws, commentId: c.id })}>Delete</Button> : null}
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <section aria-labelledby={`comments-${claim.id}`} className="space-y-3">
      <h3 id={`comments-${claim.id}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-500">Discussion ({claim._count.comments})</h3>
      {roots.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No comments yet.</p> : null}
      <ul className="space-y-3" aria-label="Comments">
        {roots.map((root) => (
          <li key={root.id} className="space-y-2">
            {renderComment(root)}
            {repliesOf(root.id).length > 0 || replyTo === root.id ? (
              <ul className="ms-4 space-y-2 border-s-2 border-zinc-200 ps-3 dark:border-zinc-700">
                {repliesOf(root.id).map((r) => <li key={r.id}>{renderComment(r)}</li>)}
                {replyTo === root.id ? (
                  <li>
                    <CommentComposer id={`reply-${root.id}`} members={members} submitLabel="Reply" busy={add.isPending} autoFocus onCancel={() => setReplyTo(null)}
                      onSubmit={(body, composer) => { composer.clear(); add.mutate({ workspaceId: ws, claimId: claim.id, body, parentId: root.id }, { onSuccess: () => setReplyTo(null), onError: () => composer.restore() }); }} />
                  </li>
                ) : null}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <CommentComposer id={`comment-${claim.id}`} members={members} submitLabel="Comment" busy={add.isPending} error={error ?? undefined}
          onSubmit={(body, composer) => { composer.clear(); add.mutate({ workspaceId: ws, claimId: claim.id, body }, { onError: () => composer.restore() }); }} />
      ) : null}
    </section>
  );
}
