import Link from "next/link";
import { StatusPill } from "@/components/claims/status-pill";
import { RelativeTime } from "@/components/ui/relative-time";
import { VerdictBadge, ratingOf } from "@/components/verdicts/verdict-badge";
import type { ClaimStatus } from "@/generated/prisma/enums";

const TH = "px-3 py-2 text-start font-medium";

/** What a row shows: the desk's filtered list (QueueClaim) and search hits both fit. */
export type ClaimsTableRow = {
  id: string;
  articleId: string;
  wording: string;
  status: ClaimStatus;
  updatedAt: Date;
  article: { title: string };
  assignee: { name: string } | null;
  verdict: { rating: string } | null;
};

const NO_MATCH = "No claims match these filters. Try another status or assignee, or clear the filters.";

/** Claims across the desk's articles; each wording opens the claim in its article. */
export function ClaimsTable({ claims, slug, caption, empty = NO_MATCH }: { claims: ClaimsTableRow[]; slug: string; caption: string; empty?: string }) {
  if (claims.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {empty}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className={TH}>Claim</th>
            <th scope="col" className={TH}>Article</th>
            <th scope="col" className={TH}>Status</th>
            <th scope="col" className={TH}>Assignee</th>
            <th scope="col" className={TH}>Verdict</th>
            <th scope="col" className={TH}>Updated</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {claims.map((c) => (
            <tr key={c.id} data-testid="claim-row" className="align-top">
              <td className="max-w-md px-3 py-2">
                <Link href={`/w/${slug}/articles/${c.articleId}?claim=${encodeURIComponent(c.id)}`} className="font-medium hover:underline" dir="auto">
                  {c.wording}
                </Link>
              </td>
              <td className="max-w-56 px-3 py-2 text-zinc-700 dark:text-zinc-300" dir="auto">
                {c.article.title}
              </td>
              <td className="px-3 py-2">
                <StatusPill status={c.status} />
              </td>
              <td className="px-3 py-2" dir="auto">
                {c.assignee ? c.assignee.name : <span className="text-zinc-500 dark:text-zinc-400">Unassigned</span>}
              </td>
              <td className="px-3 py-2">
                <VerdictBadge rating={ratingOf(c.verdict?.rating)} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-zinc-600 dark:text-zinc-400">
                <RelativeTime date={c.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
