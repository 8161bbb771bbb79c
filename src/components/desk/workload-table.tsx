import Link from "next/link";
import { STATUS_LABELS } from "@/components/claims/status";
import type { ClaimStatus } from "@/generated/prisma/enums";
import type { getWorkload } from "@/features/desk/desk-queries";
import { claimsHref } from "./claim-filters";

type Workload = Awaited<ReturnType<typeof getWorkload>>;

const COLUMNS = ["IN_PROGRESS", "NEEDS_REVIEW", "APPROVED"] as const satisfies readonly ClaimStatus[];
const CELL = "px-3 py-2 text-end tabular-nums";

/** Who holds how much: each count opens the claims behind it. */
export function WorkloadTable({ workload, slug }: { workload: Workload; slug: string }) {
  if (workload.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No reviewers on this desk yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-sm">
        <caption className="sr-only">Claims held by each member, by status</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">Member</th>
            {COLUMNS.map((s) => (
              <th key={s} scope="col" className="px-3 py-2 text-end font-medium">
                {STATUS_LABELS[s]}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-end font-medium">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {workload.map((m) => (
            <tr key={m.userId} data-testid="workload-row">
              <th scope="row" className="px-3 py-2 text-start font-medium">
                <Link href={claimsHref(slug, { assignee: m.userId })} className="hover:underline" dir="auto">
                  {m.name}
                </Link>
              </th>
              {COLUMNS.map((s) => {
                const n = m.byStatus[s] ?? 0;
                return (
                  <td key={s} className={CELL}>
                    {n > 0 ? (
                      <Link
                        href={claimsHref(slug, { assignee: m.userId, status: s })}
                        aria-label={`${n} ${STATUS_LABELS[s].toLowerCase()} held by ${m.name}`}
                        className="font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-400"
                      >
                        {n}
                      </Link>
                    ) : (
                      <span className="text-zinc-400 dark:text-zinc-500">0</span>
                    )}
                  </td>
                );
              })}
              <td className={`${CELL} font-semibold`}>{m.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
