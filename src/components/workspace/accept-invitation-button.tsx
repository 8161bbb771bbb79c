"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { messageOf } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";

export function AcceptInvitationButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({ onSuccess: ({ slug }) => router.push(`/w/${slug}`) }),
  );
  return (
    <div className="space-y-3">
      {accept.error ? <Alert>{messageOf(accept.error)}</Alert> : null}
      <Button onClick={() => accept.mutate({ token })} disabled={accept.isPending || accept.isSuccess}>
        {accept.isPending ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}
