import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { getServerCaller } from "@/trpc/server";
import { getSessionUserId } from "@/server/auth";

export default async function HomePage() {
  if (await getSessionUserId()) {
    const workspaces = await (await getServerCaller()).workspace.listMine();
    redirect(workspaces[0] ? `/w/${workspaces[0].slug}` : "/w/new");
  }
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-8 px-4 py-16">
      <div className="space-y-4">
        <h1 className="text-4xl font-bold tracking-tight">Factdesk</h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">
          Paste a news article, get its check-worthy claims — numbers first — and take them from claim to sourced,
          second-reviewed verdict and a public summary, together with your desk, live.
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-in" className={buttonClass("primary")}>
          Sign in
        </Link>
        <Link href="/sign-up" className={buttonClass("secondary")}>
          Create an account
        </Link>
      </div>
    </main>
  );
}
