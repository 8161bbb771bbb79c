"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { TWorkspaceSettings } from "@/features/workspaces/settings";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

const AREA = "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-600 dark:bg-zinc-900";

/** Admins edit the desk's settings; everyone else reads them. */
export function SettingsForm({ workspaceId, initial, canEdit }: { workspaceId: string; initial: TWorkspaceSettings; canEdit: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.workspace.updateSettings.mutationOptions({ onSuccess: () => { setSaved(true); router.refresh(); } }));
  const fields = fieldErrorsOf(save.error);
  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const d = new FormData(e.currentTarget);
        const get = (k: string) => String(d.get(k) ?? "");
        save.mutate({
          workspaceId, name: get("name"), twoPersonRule: d.get("twoPersonRule") === "on", methodology: get("methodology"),
          correctionsPolicy: get("correctionsPolicy"), orgName: get("orgName"), orgUrl: get("orgUrl"), orgLogoUrl: get("orgLogoUrl"),
        });
      }}
    >
      <fieldset disabled={!canEdit} className="space-y-5">
        <TextField label="Workspace name" name="name" defaultValue={initial.name} required error={fields.name} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="twoPersonRule" defaultChecked={initial.twoPersonRule} className="mt-1" />
          <span><strong>Two-person rule.</strong> A verdict must be approved by someone other than its author before it can be published.</span>
        </label>
        <div className="space-y-1">
          <label htmlFor="methodology" className="block text-sm font-medium">How we check (methodology, shown on every public summary)</label>
          <textarea id="methodology" name="methodology" rows={4} dir="auto" defaultValue={initial.methodology} className={AREA} aria-invalid={fields.methodology ? true : undefined} />
          {fields.methodology ? <p role="alert" className="text-sm text-red-700">{fields.methodology}</p> : null}
        </div>
        <div className="space-y-1">
          <label htmlFor="correctionsPolicy" className="block text-sm font-medium">Corrections policy (shown on every public summary)</label>
          <textarea id="correctionsPolicy" name="correctionsPolicy" rows={3} dir="auto" defaultValue={initial.correctionsPolicy} className={AREA} />
          {fields.correctionsPolicy ? <p role="alert" className="text-sm text-red-700">{fields.correctionsPolicy}</p> : null}
        </div>
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">Publishing organisation (the author in ClaimReview markup)</legend>
          <TextField label="Name" name="orgName" defaultValue={initial.orgName} hint="Defaults to the workspace name." error={fields.orgName} />
          <TextField label="Website" name="orgUrl" defaultValue={initial.orgUrl} inputMode="url" placeholder="https://…" error={fields.orgUrl} />
          <TextField label="Logo address" name="orgLogoUrl" defaultValue={initial.orgLogoUrl} inputMode="url" placeholder="https://…/logo.png" error={fields.orgLogoUrl} />
        </fieldset>
      </fieldset>
      {canEdit ? <Button type="submit" disabled={save.isPending}>Save settings</Button> : <p className="text-sm text-zinc-600">Only admins can change these.</p>}
      {saved ? <Alert tone="success">Saved. The next publish uses these settings.</Alert> : null}
      {save.error && !Object.keys(fields).length ? <Alert>{messageOf(save.error)}</Alert> : null}
    </form>
  );
}
