"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldErrorsOf, messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export function CreateWorkspaceForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.workspace.create.mutationOptions({
      onSuccess: (workspace) => {
        router.push(`/w/${workspace.slug}`);
        router.refresh();
      },
    }),
  );
  const fields = fieldErrorsOf(create.error);
  return (
    <form
      className="space-y-4"
      aria-label="Create workspace"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
      }}
    >
      {create.error && !fields.name ? <Alert>{messageOf(create.error)}</Alert> : null}
      <TextField label="Workspace name" name="name" required placeholder="e.g. Kabul Fact Desk" error={fields.name} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
