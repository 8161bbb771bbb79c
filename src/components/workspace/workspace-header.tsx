import Link from "next/link";
import type { Role } from "@/generated/prisma/enums";
import { ROLE_LABELS } from "@/features/workspaces/permissions";
import { InboxLink } from "./inbox-link";
import { WorkspaceSwitcher } from "./workspace-switcher";

type WorkspaceRef = { id: string; name: string; slug: string; role: Role };

export function WorkspaceHeader({
  current,
  workspaces,
  signOut,
}: {
  current: WorkspaceRef;
  workspaces: WorkspaceRef[];
  signOut: () => Promise<void>;
}) {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={`/w/${current.slug}`} className="text-lg font-bold tracking-tight">
          Factdesk
        </Link>
        <WorkspaceSwitcher current={current} workspaces={workspaces} />
        <nav aria-label="Workspace" className="flex flex-wrap gap-1 text-sm">
          <Link className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" href={`/w/${current.slug}`}>
            Articles
          </Link>
          <Link className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" href={`/w/${current.slug}#my-queue`}>
            My queue
          </Link>
          <Link className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" href={`/w/${current.slug}/claims`}>
            Claims
          </Link>
          <Link className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" href={`/w/${current.slug}/members`}>
            Members
          </Link>
          <Link className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800" href={`/w/${current.slug}/settings`}>
            Settings
          </Link>
        </nav>
        <div className="ms-auto flex items-center gap-3 text-sm">
          <InboxLink slug={current.slug} />
          <span className="text-zinc-600 dark:text-zinc-400" data-testid="current-role">
            {ROLE_LABELS[current.role]}
          </span>
          <form action={signOut}>
            <button type="submit" className="rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
