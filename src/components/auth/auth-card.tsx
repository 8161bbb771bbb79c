import Link from "next/link";

export function AuthCard({ title, children, footer }: { title: string; children: React.ReactNode; footer?: React.ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-center text-2xl font-bold tracking-tight">
        Factdesk
      </Link>
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="mb-6 text-xl font-semibold">{title}</h1>
        {children}
      </div>
      {footer ? <div className="mt-6 text-center text-sm text-zinc-700 dark:text-zinc-300">{footer}</div> : null}
    </main>
  );
}
