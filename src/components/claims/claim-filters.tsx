"use client";

import type { ClaimStatus } from "@/generated/prisma/enums";
import type { RatingScale } from "@/features/verdicts/rating-scale";
import { STATUS_LABELS, STATUS_ORDER } from "./status";

export type ClaimFilter = { status: ClaimStatus | ""; assigneeId: string; rating: string };
export const NO_FILTER: ClaimFilter = { status: "", assigneeId: "", rating: "" };

type Filterable = { status: ClaimStatus; assignee: { id: string } | null; verdict: { rating: string } | null };

export function matchesFilter(claim: Filterable, f: ClaimFilter): boolean {
  if (f.status && claim.status !== f.status) return false;
  if (f.assigneeId === "unassigned" ? claim.assignee !== null : f.assigneeId && claim.assignee?.id !== f.assigneeId) return false;
  if (f.rating && claim.verdict?.rating !== f.rating) return false;
  return true;
}

const SELECT = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900";

/** Narrow the claims list by status, who holds them and the verdict's rating. */
export function ClaimFilters({ value, onChange, people, scale }: { value: ClaimFilter; onChange: (f: ClaimFilter) => void; people: { userId: string; name: string }[]; scale: RatingScale }) {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Filter claims">
      <label className="sr-only" htmlFor="filter-status">Status</label>
      <select id="filter-status" className={SELECT} value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value as ClaimStatus | "" })}>
        <option value="">Any status</option>
        {STATUS_ORDER.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
      </select>
      <label className="sr-only" htmlFor="filter-assignee">Assignee</label>
      <select id="filter-assignee" className={SELECT} value={value.assigneeId} onChange={(e) => onChange({ ...value, assigneeId: e.target.value })}>
        <option value="">Anyone</option>
        <option value="unassigned">Unassigned</option>
        {people.map((p) => <option key={p.userId} value={p.userId}>{p.name}</option>)}
      </select>
      <label className="sr-only" htmlFor="filter-rating">Rating</label>
      <select id="filter-rating" className={SELECT} value={value.rating} onChange={(e) => onChange({ ...value, rating: e.target.value })}>
        <option value="">Any rating</option>
        {scale.ratings.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
      </select>
    </div>
  );
}
