import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/claims/article-workspace";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export default async function ArticlePage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const article = await caller.article.get({ workspaceId: workspace.id, articleId }).catch(() => null);
  if (!article) notFound();
  const meta = [article.outlet, article.author, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ");
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold" dir="auto">{article.title}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {meta}
          {article.sourceUrl ? (
            <>
              {meta ? " · " : ""}
              <a className="underline" href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">original</a>
            </>
          ) : null}
        </p>
      </header>
      <ArticleWorkspace workspaceId={workspace.id} initial={article} canEdit={hasRoleAtLeast(workspace.role, "EDITOR")} />
    </div>
  );
}
