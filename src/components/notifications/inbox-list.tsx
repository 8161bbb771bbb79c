"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { listNotifications } from "@/features/notifications/inbox";
import { messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { NotificationText, notificationContext } from "./notification-text";

type InboxPage = Awaited<ReturnType<typeof listNotifications>>;
type Notification = InboxPage["items"][number];

function hrefOf(n: Notification): string {
  const base = `/w/${n.workspace.slug}`;
  if (!n.articleId) return base;
  return `${base}/articles/${n.articleId}${n.claimId ? `?claim=${encodeURIComponent(n.claimId)}` : ""}`;
}

/** The inbox across all the user's desks, newest first; opening an entry marks it read. */
export function InboxList({ initial, currentSlug }: { initial: InboxPage; currentSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const inbox = useInfiniteQuery(
    trpc.notification.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (last) => last.nextCursor, initialData: { pages: [initial], pageParams: [null] } },
    ),
  );
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => setError(null),
      onError: (e) => setError(messageOf(e)),
      // The list and the header's unread count both read from this router.
      onSettled: () => queryClient.invalidateQueries(trpc.notification.pathFilter()),
    }),
  );

  // The same query as the header's badge, so both always agree (older pages included).
  const { data: unreadCount } = useQuery(trpc.notification.unreadCount.queryOptions(undefined, { refetchInterval: 30_000 }));
  const items = inbox.data.pages.flatMap((page) => page.items);
  const unread = unreadCount ?? items.filter((n) => !n.readAt).length;

  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-10 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        Nothing new. Assignments, mentions and reviews will show up here.
      </p>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {unread > 0 ? `${unread} unread` : "All read"}
        </p>
        <Button variant="secondary" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({})}>
          Mark all read
        </Button>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <ul aria-label="Notifications" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {items.map((n) => {
          const isUnread = !n.readAt;
          const context = notificationContext(n.kind, n.payload);
          return (
            <li key={n.id} data-testid="notification" data-unread={isUnread} className={isUnread ? "bg-blue-50/60 dark:bg-blue-950/30" : undefined}>
              <Link
                href={hrefOf(n)}
                onClick={() => {
                  if (isUnread) markRead.mutate({ ids: [n.id] });
                }}
                className="flex gap-3 p-4 hover:bg-zinc-50 dark:hover:bg-zinc-800/60"
              >
                <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${isUnread ? "bg-blue-700 dark:bg-blue-400" : "bg-transparent"}`} />
                <span className="min-w-0 flex-1 space-y-0.5">
                  <span className={`block ${isUnread ? "font-semibold" : "text-zinc-700 dark:text-zinc-300"}`}>
                    {isUnread ? <span className="sr-only">Unread: </span> : null}
                    <NotificationText kind={n.kind} payload={n.payload} actorName={n.actor?.name ?? null} workspaceName={n.workspace.name} />
                  </span>
                  {context ? (
                    <span className="block truncate text-sm text-zinc-600 dark:text-zinc-400" dir="auto">
                      on “{context}”
                    </span>
                  ) : null}
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                    {n.workspace.slug !== currentSlug ? (
                      <>
                        <bdi>{n.workspace.name}</bdi> ·{" "}
                      </>
                    ) : null}
                    <RelativeTime date={n.createdAt} />
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {inbox.isFetchNextPageError ? <Alert>Could not load older notifications. Check your connection and try again.</Alert> : null}
      {inbox.hasNextPage ? (
        <div className="text-center">
          <Button variant="secondary" disabled={inbox.isFetchingNextPage} onClick={() => void inbox.fetchNextPage()}>
            {inbox.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
