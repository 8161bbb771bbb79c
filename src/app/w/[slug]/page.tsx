import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { buttonClass } from "@/components/ui/button";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const articles = await caller.article.list({ workspaceId: workspace.id });
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
      <ArticleList articles={articles} slug={slug} canCreate={canCreate} />
    </div>
  );
}
