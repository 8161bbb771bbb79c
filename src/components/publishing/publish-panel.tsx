"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DeskContext } from "@/components/claims/desk-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

/** Publish (or re-publish, with correction notes for changed verdicts) the article's public summary; admins can unpublish. */
export function PublishPanel({ articleId, desk }: { articleId: string; desk: DeskContext }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { workspaceId: desk.workspaceId, articleId };
  const { data: status } = useQuery(trpc.publication.status.queryOptions(input));
  const [open, setOpen] = useState(false);
  const [includeUnverified, setIncludeUnverified] = useState(true);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.publication.status.queryKey(input) }), queryClient.invalidateQueries({ queryKey: trpc.article.board.queryKey(input) })]);
  const handlers = {
    onError: (e: unknown) => setError({ message: messageOf(e), fields: fieldErrorsOf(e) }),
  };
  const publish = useMutation(trpc.publication.publish.mutationOptions({
    ...handlers,
    onSuccess: (r) => { setError(null); setOpen(false); setNotes({}); setDone(`Published version ${r.version}.`); void refresh(); },
  }));
  const unpublish = useMutation(trpc.publication.unpublish.mutationOptions({ ...handlers, onSuccess: () => { setDone("Unpublished: the public address now answers “gone”."); void refresh(); } }));
  if (!status) return null;
  const pub = status.publication;
  const live = pub && !pub.unpublishedAt;
  const canPublish = hasRoleAtLeast(desk.role, "EDITOR");

  return (
    <section aria-label="Public summary" className="space-y-2 rounded-md border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="publish-panel">
      <div className="flex flex-wrap items-center gap-3">
        <span data-testid="publication-state">
          {live ? (
            <>Published (version {pub.version}) · <a className="font-medium underline" href={`/s/${pub.slug}`} target="_blank" rel="noopener">View the public summary</a></>
          ) : pub?.unpublishedAt ? "Unpublished by an admin" : "Not published yet"}
        </span>
        <span className="text-zinc-600 dark:text-zinc-400">{status.approved} approved · {status.unverified} not yet verified</span>
        {canPublish && !open ? <Button onClick={() => { setOpen(true); setDone(null); }} disabled={status.approved === 0} title={status.approved === 0 ? "Approve at least one verdict first" : undefined}>{live ? "Re-publish…" : "Publish summary…"}</Button> : null}
        {live && hasRoleAtLeast(desk.role, "ADMIN") ? <Button variant="danger" disabled={unpublish.isPending} onClick={() => { if (window.confirm("Unpublish this summary? Its address will answer “gone”.")) unpublish.mutate(input); }}>Unpublish</Button> : null}
      </div>
      {done ? <Alert tone="success">{done}</Alert> : null}
      {open ? (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            publish.mutate({ ...input, includeUnverified, corrections: status.changed.map((c) => ({ claimId: c.claimId, note: notes[c.claimId] ?? "" })) });
          }}
        >
          <fieldset>
            <legend className="font-medium">Claims without an approved verdict</legend>
            <label className="me-4 inline-flex items-center gap-1.5"><input type="radio" name="unverified" checked={includeUnverified} onChange={() => setIncludeUnverified(true)} /> List them as “Unverified”</label>
            <label className="inline-flex items-center gap-1.5"><input type="radio" name="unverified" checked={!includeUnverified} onChange={() => setIncludeUnverified(false)} /> Leave them out</label>
          </fieldset>
          {status.changed.map((c) => (
            <div key={c.claimId} className="space-y-1">
              <label htmlFor={`correction-${c.claimId}`} className="block font-medium">
                Correction note for “{c.wording}” ({c.before} → {c.after})
              </label>
              <textarea id={`correction-${c.claimId}`} rows={2} dir="auto" required value={notes[c.claimId] ?? ""} onChange={(e) => setNotes({ ...notes, [c.claimId]: e.target.value })}
                aria-invalid={error?.fields[`correction.${c.claimId}`] ? true : undefined} className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-600 dark:bg-zinc-900" />
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Readers see this note with its date in the corrections log.</p>
              {error?.fields[`correction.${c.claimId}`] ? <p role="alert" className="text-red-700 dark:text-red-400">{error.fields[`correction.${c.claimId}`]}</p> : null}
            </div>
          ))}
          <div className="flex gap-2">
            <Button type="submit" disabled={publish.isPending}>{live ? "Publish new version" : "Publish"}</Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {error && !Object.keys(error.fields).length ? <Alert>{error.message}</Alert> : null}
    </section>
  );
}
