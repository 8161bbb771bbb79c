import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { getServerCaller } from "@/trpc/server";
import { getSessionUserId } from "@/server/auth";
import { recentPublicSummaries } from "@/server/public/recent-summaries";

export default async function HomePage() {
  if (await getSessionUserId()) {
    const workspaces = await (await getServerCaller()).workspace.listMine();
    redirect(workspaces[0] ? `/w/${workspaces[0].slug}` : "/w/new");
  }
  const published = await recentPublicSummaries();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-8 px-4 py-16">
      <div className="space-y-4">
        <h1 className="text-4xl font-bold tracking-tight">Factdesk</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">
          Paste a news article, get its check-worthy claims — numbers first — and take them from claim to sourced,
          second-reviewed verdict and a public summary, together with your desk, live.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          Sign in
        </Link>
        <Link href="/sign-up" className={buttonClass("secondary")}>
          Create an account
        </Link>
      </div>
      {published.length ? (
        <section aria-labelledby="published-heading" className="space-y-3">
          <h2 id="published-heading" className="text-lg font-semibold">Recently published fact-checks</h2>
          <ul className="space-y-2">
            {published.map((p) => (
              <li key={p.slug}>
                <a href={`/s/${p.slug}`} className="font-medium underline" dir="auto">{p.title}</a>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{p.workspaceName} · {p.counts}</p>
              </li>
            ))}
          </ul>
          <a href="/s" className="text-sm underline">All published fact-checks</a>
        </section>
      ) : null}
    </main>
  );
}
