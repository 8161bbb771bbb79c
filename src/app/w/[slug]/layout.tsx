import { WorkspaceHeader } from "@/components/workspace/workspace-header";
import { requireUserId } from "@/server/auth/require-user";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";
import { signOutAction } from "./sign-out-action";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  await requireUserId();
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const workspaces = await caller.workspace.listMine();
  return (
    <div className="min-h-screen">
      <WorkspaceHeader current={workspace} workspaces={workspaces} signOut={signOutAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
