import { SettingsForm } from "@/components/workspace/settings-form";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const settings = await caller.workspace.settings({ workspaceId: workspace.id });
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings of {workspace.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">The desk&apos;s rules, and what its public summaries say about who checked them.</p>
      </div>
      <SettingsForm workspaceId={workspace.id} initial={settings} canEdit={hasRoleAtLeast(workspace.role, "ADMIN")} />
    </div>
  );
}
