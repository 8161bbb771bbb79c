import type { ClaimStatus } from "@/generated/prisma/enums";
import { isClaimStatus } from "@/components/claims/status";

/** The claims page's filters as they appear in its URL (?status=&assignee=&rating=&article=). */
export type ClaimFilters = { status?: ClaimStatus; assignee?: string; rating?: string; article?: string };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * Reads filters from a shared or hand-edited URL. A value that names no status,
 * member, rating or article of this desk is dropped (and reported), never sent
 * on: an old link should show claims, not an error page.
 */
export function parseClaimFilters(
  params: SearchParams,
  known: { assigneeIds: ReadonlySet<string>; ratingIds: ReadonlySet<string>; articleIds: ReadonlySet<string> },
): { filters: ClaimFilters; ignored: string[] } {
  const filters: ClaimFilters = {};
  const ignored: string[] = [];
  const accept = (key: keyof ClaimFilters, ok: (v: string) => boolean) => {
    const value = first(params[key]);
    if (!value) return;
    if (ok(value)) (filters as Record<string, string>)[key] = value;
    else ignored.push(key);
  };
  accept("status", isClaimStatus);
  accept("assignee", (v) => v === "unassigned" || known.assigneeIds.has(v));
  accept("rating", (v) => known.ratingIds.has(v));
  accept("article", (v) => known.articleIds.has(v));
  return { filters, ignored };
}

/** A claims-page link with these filters, for the workload table and anywhere else. */
export function claimsHref(slug: string, filters: ClaimFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const qs = query.toString();
  return `/w/${slug}/claims${qs ? `?${qs}` : ""}`;
}
