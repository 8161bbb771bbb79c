import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm, signInErrorMessage } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { getSessionUserId } from "@/server/auth";
import { oauthProviderList } from "@/server/auth/providers";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  const error = params.error ? signInErrorMessage(params.code ?? params.error) : null;
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New here?{" "}
          <Link className="font-medium text-blue-700 underline dark:text-blue-400" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Create an account
          </Link>
        </>
      }
    >
      {error ? <div className="mb-4"><Alert>{error}</Alert></div> : null}
      <SignInForm callbackUrl={callbackUrl} providers={oauthProviderList()} />
    </AuthCard>
  );
}
