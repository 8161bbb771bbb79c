import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { MyQueue } from "@/components/desk/my-queue";
import { buttonClass } from "@/components/ui/button";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const [queue, articles] = await Promise.all([
    caller.desk.myQueue({ workspaceId: workspace.id }),
    caller.article.list({ workspaceId: workspace.id }),
  ]);
  const canCreate = hasRoleAtLeast(workspace.role, "EDITOR");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{workspace.name}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Articles being checked by this desk.</p>
        </div>
        {canCreate ? (
          <Link href={`/w/${slug}/articles/new`} className={buttonClass("primary")}>
            New article
          </Link>
        ) : null}
      </div>
      <MyQueue queue={queue} slug={slug} canReview={hasRoleAtLeast(workspace.role, "REVIEWER")} />
      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-lg font-medium">
          Articles
        </h2>
        <ArticleList articles={articles} slug={slug} canCreate={canCreate} />
      </section>
    </div>
  );
}
