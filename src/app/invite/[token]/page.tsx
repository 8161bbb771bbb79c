import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInvitationButton } from "@/components/workspace/accept-invitation-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/features/workspaces/permissions";
import { getSessionUserId } from "@/server/auth";
import { getServerCaller } from "@/trpc/server";

export const metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await getServerCaller();
  const preview = await caller.invitation.preview({ token }).catch((error: Error) => ({ error: error.message }));
  if ("error" in preview) {
    return (
      <AuthCard title="Invitation">
        <Alert>{preview.error}</Alert>
      </AuthCard>
    );
  }
  const signedIn = Boolean(await getSessionUserId());
  const here = `/invite/${encodeURIComponent(token)}`;
  const emailParam = preview.email ? `&email=${encodeURIComponent(preview.email)}` : "";
  return (
    <AuthCard title={`Join ${preview.workspaceName}`}>
      <div className="space-y-4">
        <p>
          {preview.invitedBy} invited you to <strong>{preview.workspaceName}</strong> as{" "}
          <strong>{ROLE_LABELS[preview.role]}</strong>.
        </p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{ROLE_DESCRIPTIONS[preview.role]}</p>
        {preview.email ? <p className="text-sm">This invitation is for {preview.email}.</p> : null}
        {signedIn ? (
          <AcceptInvitationButton token={token} />
        ) : (
          <div className="flex flex-wrap gap-3">
            <Link className={buttonClass("primary")} href={`/sign-up?callbackUrl=${encodeURIComponent(here)}${emailParam}`}>
              Create an account to join
            </Link>
            <Link className={buttonClass("secondary")} href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>
              I have an account
            </Link>
          </div>
        )}
      </div>
    </AuthCard>
  );
}
