import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/claims/article-workspace";
import { parseRatingScale } from "@/features/verdicts/rating-scale";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; articleId: string }>;
  searchParams: Promise<{ claim?: string | string[] }>;
}) {
  const [{ slug, articleId }, query] = await Promise.all([params, searchParams]);
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const [article, members] = await Promise.all([
    caller.article.get({ workspaceId: workspace.id, articleId }).catch(() => null),
    caller.workspace.members({ workspaceId: workspace.id }),
  ]);
  if (!article) notFound();
  const claimId = typeof query.claim === "string" && article.board.claims.some((c) => c.id === query.claim) ? query.claim : null;
  const desk = {
    workspaceId: workspace.id,
    userId: workspace.userId,
    role: workspace.role,
    twoPersonRule: workspace.twoPersonRule,
    scale: parseRatingScale(workspace.ratingScale),
    members: members.map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
  };
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
      <ArticleWorkspace initial={article} desk={desk} initialClaimId={claimId} />
    </div>
  );
}
