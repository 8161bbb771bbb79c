import Link from "next/link";
import { VerdictBadge, ratingOf } from "@/components/verdicts/verdict-badge";
import type { QueueClaim } from "@/features/desk/desk-queries";

type Queue = { mine: QueueClaim[]; toReview: QueueClaim[] };

const claimHref = (slug: string, c: QueueClaim) => `/w/${slug}/articles/${c.articleId}?claim=${encodeURIComponent(c.id)}`;

function QueueList({ label, claims, empty, slug, render }: { label: string; claims: QueueClaim[]; empty: string; slug: string; render: (c: QueueClaim) => React.ReactNode }) {
  const headingId = `queue-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        {label} <span className="font-normal text-zinc-500 dark:text-zinc-400">({claims.length})</span>
      </h3>
      {claims.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId} className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {claims.map((c) => (
            <li key={c.id} className="space-y-1 p-3" data-testid="queue-item">
              <Link href={claimHref(slug, c)} className="font-medium hover:underline" dir="auto">
                {c.wording}
              </Link>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                in <bdi>{c.article.title}</bdi>
              </p>
              {render(c)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The signed-in member's work on this desk: what they hold, and what waits for their review. */
export function MyQueue({ queue, slug, canReview }: { queue: Queue; slug: string; canReview: boolean }) {
  return (
    <section id="my-queue" aria-labelledby="my-queue-heading" className="scroll-mt-4 space-y-3">
      <h2 id="my-queue-heading" className="text-lg font-medium">
        My queue
      </h2>
      {canReview ? (
        <div className="grid gap-4 md:grid-cols-2">
          <QueueList
            label="Working on"
            claims={queue.mine}
            slug={slug}
            empty="Nothing assigned to you. Take a claim from an article below."
            render={(c) =>
              c.verdict?.reviewNote ? (
                <p className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                  <span className="font-semibold">Sent back:</span> <bdi>{c.verdict.reviewNote}</bdi>
                </p>
              ) : null
            }
          />
          <QueueList
            label="Waiting for your review"
            claims={queue.toReview}
            slug={slug}
            empty="No verdicts waiting for review."
            render={(c) =>
              c.verdict ? (
                <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                  <VerdictBadge rating={ratingOf(c.verdict.rating)} />
                  <span>
                    proposed by <bdi>{c.verdict.author.name}</bdi>
                  </span>
                </p>
              ) : null
            }
          />
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Viewers read every article and claim but hold none. Ask an admin for the reviewer role to take claims.</p>
      )}
    </section>
  );
}
