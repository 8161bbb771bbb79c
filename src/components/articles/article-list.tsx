import Link from "next/link";
import { ProgressBar } from "@/components/claims/progress-bar";
import { buttonClass } from "@/components/ui/button";
import type { ArticleListItem } from "@/features/articles/list-articles";

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export function ArticleList({ articles, slug, canCreate }: { articles: ArticleListItem[]; slug: string; canCreate: boolean }) {
  if (articles.length === 0) {
    return (
      <section aria-labelledby="no-articles" className="rounded-lg border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
        <h3 id="no-articles" className="text-lg font-medium">
          No articles yet
        </h3>
        <p className="mx-auto mt-2 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
          Paste an article to start: Factdesk splits it into sentences and suggests the claims worth checking, numbers
          first. Editors add articles; everyone on the desk sees them here.
        </p>
        {canCreate ? (
          <Link href={`/w/${slug}/articles/new`} className={buttonClass("primary", "mt-4")}>
            Paste an article
          </Link>
        ) : null}
      </section>
    );
  }
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" aria-label="Articles">
      {articles.map((article) => {
        const claims = Object.values(article.claimCounts).reduce((sum, n) => sum + (n ?? 0), 0);
        return (
          <li key={article.id} className="p-4">
            <h3 className="font-medium" dir="auto">
              <Link href={`/w/${slug}/articles/${article.id}`} className="hover:underline">
                {article.title}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {[article.outlet, `added by ${article.createdByName}`, DATE.format(article.createdAt)].filter(Boolean).join(" · ")}
            </p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {article.sentenceCount} sentences{claims > 0 ? ` · ${claims} ${claims === 1 ? "claim" : "claims"}` : ""}
              {article.publishedSlug ? (
                <>
                  {" · "}
                  <a href={`/s/${article.publishedSlug}`} className="font-medium text-blue-800 underline dark:text-blue-300">published summary</a>
                </>
              ) : null}
            </p>
            <ProgressBar counts={article.claimCounts} className="mt-2 max-w-md" />
          </li>
        );
      })}
    </ul>
  );
}
