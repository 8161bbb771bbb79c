import { InvitationsPanel } from "@/components/workspace/invitations-panel";
import { MemberList } from "@/components/workspace/member-list";
import { canManageMembers } from "@/features/workspaces/permissions";
import { getSessionUserId } from "@/server/auth";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const members = await caller.workspace.members({ workspaceId: workspace.id });
  const isAdmin = canManageMembers(workspace.role);
  const invitations = isAdmin ? await caller.invitation.list({ workspaceId: workspace.id }) : [];
  const userId = await getSessionUserId();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Members of {workspace.name}</h1>
      <MemberList workspaceId={workspace.id} members={members} currentUserId={userId ?? ""} canManage={isAdmin} />
      {isAdmin ? <InvitationsPanel workspaceId={workspace.id} invitations={invitations} /> : null}
    </div>
  );
}
