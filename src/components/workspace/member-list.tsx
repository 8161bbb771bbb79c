"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Role } from "@/generated/prisma/enums";
import type { Member } from "@/features/workspaces/members";
import { ROLE_LABELS, ROLES_ASCENDING } from "@/features/workspaces/permissions";
import { messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export function MemberList({
  workspaceId,
  members,
  currentUserId,
  canManage,
}: {
  workspaceId: string;
  members: Member[];
  currentUserId: string;
  canManage: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const options = { onSuccess: () => { setError(null); router.refresh(); }, onError: (e: unknown) => setError(messageOf(e)) };
  const changeRole = useMutation(trpc.workspace.changeRole.mutationOptions(options));
  const remove = useMutation(trpc.workspace.removeMember.mutationOptions(options));
  const leave = useMutation(
    trpc.workspace.leave.mutationOptions({ onSuccess: () => router.push("/"), onError: (e) => setError(messageOf(e)) }),
  );

  return (
    <section aria-labelledby="members-heading" className="space-y-3">
      <h2 id="members-heading" className="text-lg font-medium">
        Members ({members.length})
      </h2>
      {error ? <Alert>{error}</Alert> : null}
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {members.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-3 p-4" data-testid="member-row">
            <div className="min-w-48 flex-1">
              <p className="font-medium" dir="auto">
                {m.name} {m.userId === currentUserId ? <span className="text-sm font-normal text-zinc-500">(you)</span> : null}
              </p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{m.email}</p>
            </div>
            {canManage ? (
              <>
                <label className="sr-only" htmlFor={`role-${m.id}`}>
                  Role of {m.name}
                </label>
                <select
                  id={`role-${m.id}`}
                  value={m.role}
                  disabled={changeRole.isPending}
                  onChange={(e) => changeRole.mutate({ workspaceId, memberId: m.id, role: e.target.value as Role })}
                  className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-600 dark:bg-zinc-900"
                >
                  {[...ROLES_ASCENDING].reverse().map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                {m.userId !== currentUserId ? (
                  <Button
                    variant="ghost"
                    onClick={() => {
                      if (window.confirm(`Remove ${m.name} from the workspace?`)) remove.mutate({ workspaceId, memberId: m.id });
                    }}
                  >
                    Remove<span className="sr-only"> {m.name}</span>
                  </Button>
                ) : null}
              </>
            ) : (
              <span className="text-sm" data-testid="member-role">
                {ROLE_LABELS[m.role]}
              </span>
            )}
            {m.userId === currentUserId ? (
              <Button
                variant="ghost"
                onClick={() => {
                  if (window.confirm("Leave this workspace?")) leave.mutate({ workspaceId });
                }}
              >
                Leave
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
