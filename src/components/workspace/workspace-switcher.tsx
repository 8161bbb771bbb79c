"use client";

import { useRouter } from "next/navigation";

type WorkspaceRef = { id: string; name: string; slug: string };

/** A native select: keyboard- and screen-reader-friendly on every device, phones included. */
export function WorkspaceSwitcher({ current, workspaces }: { current: WorkspaceRef; workspaces: WorkspaceRef[] }) {
  const router = useRouter();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="workspace-switcher" className="sr-only">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        value={current.slug}
        onChange={(event) => router.push(event.target.value === "__new" ? "/w/new" : `/w/${event.target.value}`)}
        className="max-w-56 rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900"
      >
        {workspaces.map((w) => (
          <option key={w.id} value={w.slug}>
            {w.name}
          </option>
        ))}
        <option value="__new">+ New workspace…</option>
      </select>
    </div>
  );
}
