"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { Role } from "@/generated/prisma/enums";
import type { PendingInvitation } from "@/features/workspaces/invitations";
import { ROLE_LABELS, ROLES_ASCENDING } from "@/features/workspaces/permissions";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export function InvitationsPanel({ workspaceId, invitations }: { workspaceId: string; invitations: PendingInvitation[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: (invitation) => {
        setLink(`${window.location.origin}/invite/${invitation.token}`);
        setCopied(false);
        router.refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  const fields = fieldErrorsOf(create.error);

  return (
    <section aria-labelledby="invite-heading" className="space-y-4">
      <h2 id="invite-heading" className="text-lg font-medium">
        Invite people
      </h2>
      <form
        aria-label="Invite"
        noValidate
        className="grid gap-4 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end dark:border-zinc-800 dark:bg-zinc-900"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          create.mutate({ workspaceId, email: String(form.get("email") ?? ""), role: String(form.get("role")) as Role, expiresInDays: 7 });
        }}
      >
        <TextField label="E-mail (optional)" name="email" type="email" hint="Leave empty to get a link anyone can use once." error={fields.email} />
        <SelectField label="Role" name="role" defaultValue="REVIEWER" error={fields.role}>
          {[...ROLES_ASCENDING].reverse().map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create invitation"}
        </Button>
      </form>
      {create.error && !Object.keys(fields).length ? <Alert>{messageOf(create.error)}</Alert> : null}
      {link ? (
        <div className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-4 dark:border-green-800 dark:bg-green-950">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Invitation link (valid 7 days, usable once). Send it to the person you invite:
          </label>
          <div className="flex gap-2">
            <input id="invite-link" readOnly value={link} className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900" onFocus={(e) => e.currentTarget.select()} />
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(link).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      ) : null}
      <h3 className="font-medium">Pending invitations</h3>
      {invitations.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
              <span className="flex-1">
                {inv.email ?? "Link invitation"} · {ROLE_LABELS[inv.role]} · expires {DATE.format(inv.expiresAt)} · by {inv.createdByName}
              </span>
              <Button variant="ghost" onClick={() => revoke.mutate({ workspaceId, invitationId: inv.id })}>
                Withdraw
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
