import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * Searches the desk's claims by their words (?q=), a plain GET form like the
 * filters: it works without JavaScript, and a search is a link to share.
 */
export function ClaimSearchForm({ slug, query, error }: { slug: string; query: string; error?: string }) {
  const noteId = error ? "claim-search-error" : "claim-search-hint";
  return (
    <form role="search" method="get" action={`/w/${slug}/claims`} aria-label="Search claims" className="space-y-1">
      <label htmlFor="claim-search" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Search claims
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          key={query}
          id="claim-search"
          name="q"
          type="search"
          dir="auto"
          defaultValue={query}
          maxLength={200}
          placeholder="A word, name, place or number, in any language"
          aria-describedby={noteId}
          aria-invalid={error ? true : undefined}
          className="block min-w-64 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 sm:text-sm"
        />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
        {query ? (
          <Link href={`/w/${slug}/claims`} className={buttonClass("ghost")}>
            Clear search
          </Link>
        ) : null}
      </div>
      {error ? (
        <p id={noteId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={noteId} className="text-xs text-zinc-600 dark:text-zinc-400">
          Looks in each claim&apos;s wording and quoted text; close spellings of a name count too.
        </p>
      )}
    </form>
  );
}
