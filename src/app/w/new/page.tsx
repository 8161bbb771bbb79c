import { AuthCard } from "@/components/auth/auth-card";
import { CreateWorkspaceForm } from "@/components/workspace/create-workspace-form";
import { requireUserId } from "@/server/auth/require-user";

export const metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await requireUserId();
  return (
    <AuthCard title="Create a workspace">
      <p className="mb-4 text-sm text-zinc-700 dark:text-zinc-300">
        A workspace is your desk: its members, articles, claims and published summaries. You will be its admin.
      </p>
      <CreateWorkspaceForm />
    </AuthCard>
  );
}
