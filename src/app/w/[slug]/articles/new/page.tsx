import { NewArticleForm } from "@/components/articles/new-article-form";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "New article" };

export default async function NewArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await getWorkspaceOrNotFound(slug);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">New article</h1>
      {hasRoleAtLeast(workspace.role, "EDITOR") ? (
        <NewArticleForm workspaceId={workspace.id} slug={slug} />
      ) : (
        <p>Only editors and admins add articles. Ask an admin of {workspace.name} for the editor role.</p>
      )}
    </div>
  );
}
