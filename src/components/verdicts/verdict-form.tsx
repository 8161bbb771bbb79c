"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { submitOnModEnter } from "@/components/ui/submit-shortcut";
import { CONFIDENCE_LEVELS, type RatingScale } from "@/features/verdicts/rating-scale";
import { RATIONALE_MAX_CHARS } from "@/features/verdicts/schemas";

export type VerdictInput = { rating: string; rationale: string; confidence: number };

/** Rating, rationale and confidence; used to propose a verdict and to edit one. */
export function VerdictForm({
  id,
  scale,
  initial,
  submitLabel,
  busy,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  id: string;
  scale: RatingScale;
  initial?: VerdictInput;
  submitLabel: string;
  busy: boolean;
  fieldErrors: Record<string, string>;
  onSubmit: (input: VerdictInput) => void;
  onCancel?: () => void;
}) {
  const [rating, setRating] = useState(initial?.rating ?? "");
  const [clientError, setClientError] = useState<string | null>(null);
  const ratingError = clientError ?? fieldErrors.rating;
  return (
    <form
      id={id}
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        if (!rating) return setClientError("Choose a rating.");
        setClientError(null);
        onSubmit({ rating, rationale: String(data.get("rationale") ?? ""), confidence: Number(data.get("confidence") ?? 50) });
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium">Rating</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {scale.ratings.map((r) => (
            <label key={r.id} className="flex cursor-pointer items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1.5 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-zinc-600 dark:has-[:checked]:bg-blue-950">
              <input type="radio" name="rating" value={r.id} checked={rating === r.id} onChange={() => setRating(r.id)} />
              {r.label}
            </label>
          ))}
        </div>
        {ratingError ? <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">{ratingError}</p> : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-rationale`} className="block text-sm font-medium">Rationale</label>
        <textarea
          id={`${id}-rationale`}
          name="rationale"
          rows={4}
          dir="auto"
          maxLength={RATIONALE_MAX_CHARS}
          defaultValue={initial?.rationale}
          onKeyDown={submitOnModEnter}
          aria-invalid={fieldErrors.rationale ? true : undefined}
          placeholder="What the evidence shows, and why this rating."
          className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900"
        />
        {fieldErrors.rationale ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{fieldErrors.rationale}</p> : null}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-confidence`} className="block text-sm font-medium">Confidence</label>
          <select id={`${id}-confidence`} name="confidence" defaultValue={String(nearestLevel(initial?.confidence ?? 50))} className="rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900">
            {CONFIDENCE_LEVELS.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </div>
        <Button type="submit" disabled={busy}>{submitLabel}</Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>Cancel</Button> : null}
        <span className="text-xs text-zinc-500">Ctrl+Enter to submit</span>
      </div>
    </form>
  );
}

function nearestLevel(value: number): number {
  return CONFIDENCE_LEVELS.reduce((best, c) => (Math.abs(c.value - value) < Math.abs(best - value) ? c.value : best), CONFIDENCE_LEVELS[0].value as number);
}
