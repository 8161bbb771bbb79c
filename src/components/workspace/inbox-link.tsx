"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/react";

/** "Inbox" with the unread count across all the user's workspaces, polled while the tab is open. */
export function InboxLink({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: unread = 0 } = useQuery(trpc.notification.unreadCount.queryOptions(undefined, { refetchInterval: 30_000 }));
  return (
    <Link
      href={`/w/${slug}/inbox`}
      aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
      data-testid="inbox-link"
      className="inline-flex items-center gap-1.5 rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
    >
      Inbox
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="min-w-5 rounded-full bg-red-700 px-1.5 py-0.5 text-center text-xs font-semibold leading-none text-white dark:bg-red-500 dark:text-zinc-950"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
