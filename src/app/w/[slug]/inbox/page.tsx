import { InboxList } from "@/components/notifications/inbox-list";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "Inbox" };

export default async function InboxPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller } = await getWorkspaceOrNotFound(slug);
  // First page on the server: the inbox shows at once, without a spinner.
  const initial = await caller.notification.list({});
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Inbox</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Assignments, mentions and reviews from all your desks, newest first.</p>
      </div>
      <InboxList initial={initial} currentSlug={slug} />
    </div>
  );
}
