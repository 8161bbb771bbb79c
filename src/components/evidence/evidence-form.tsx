"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { EVIDENCE_STANCES, SOURCE_TYPE_LABELS, SOURCE_TYPES, STANCE_LABELS, type TAddEvidence } from "@/features/evidence/schemas";

type EvidenceInput = Omit<TAddEvidence, "claimId">;

/** Link, title, stance, kind of source, optional quote and archived copy. */
export function EvidenceForm({ claimId, busy, fieldErrors, onSubmit }: { claimId: string; busy: boolean; fieldErrors: Record<string, string>; onSubmit: (input: EvidenceInput, reset: () => void) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      className="space-y-2 rounded-md border border-dashed border-zinc-300 p-3 dark:border-zinc-700"
      aria-label="Add evidence"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        const get = (k: string) => String(d.get(k) ?? "");
        onSubmit(
          {
            url: get("url"),
            title: get("title"),
            quote: get("quote"),
            stance: get("stance") as EvidenceInput["stance"],
            sourceType: get("sourceType") as EvidenceInput["sourceType"],
            archivedUrl: get("archivedUrl") || undefined,
          },
          () => formRef.current?.reset(),
        );
      }}
    >
      <TextField label="Link" name="url" type="text" inputMode="url" placeholder="https://…" required error={fieldErrors.url} id={`ev-url-${claimId}`} />
      <TextField label="Title" name="title" required error={fieldErrors.title} id={`ev-title-${claimId}`} />
      <fieldset>
        <legend className="text-sm font-medium">The source…</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {EVIDENCE_STANCES.map((s) => (
            <label key={s} className="flex items-center gap-1.5">
              <input type="radio" name="stance" value={s} defaultChecked={s === "SUPPORTS"} /> {STANCE_LABELS[s].toLowerCase()} the claim
            </label>
          ))}
        </div>
        {fieldErrors.stance ? <p role="alert" className="text-sm text-red-700">{fieldErrors.stance}</p> : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`ev-type-${claimId}`} className="block text-sm font-medium">Kind of source</label>
        <select id={`ev-type-${claimId}`} name="sourceType" defaultValue="OTHER" className="rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900">
          {SOURCE_TYPES.map((t) => <option key={t} value={t}>{SOURCE_TYPE_LABELS[t]}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`ev-quote-${claimId}`} className="block text-sm font-medium">Quoted excerpt <span className="font-normal text-zinc-500">(optional)</span></label>
        <textarea id={`ev-quote-${claimId}`} name="quote" rows={2} dir="auto" maxLength={2000} className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900" />
        {fieldErrors.quote ? <p role="alert" className="text-sm text-red-700">{fieldErrors.quote}</p> : null}
      </div>
      <TextField label="Archived copy (optional)" name="archivedUrl" type="text" inputMode="url" placeholder="https://web.archive.org/…" error={fieldErrors.archivedUrl} id={`ev-archive-${claimId}`} />
      <Button type="submit" variant="secondary" disabled={busy}>Add evidence</Button>
    </form>
  );
}
