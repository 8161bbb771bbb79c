import Link from "next/link";
import { STATUS_LABELS, STATUS_ORDER } from "@/components/claims/status";
import { buttonClass } from "@/components/ui/button";
import type { ClaimFilters } from "./claim-filters";

type Option = { value: string; label: string };

const SELECT =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 sm:text-sm";

function Select({ name, label, value, all, options }: { name: string; label: string; value: string | undefined; all: string; options: Option[] }) {
  const id = `filter-${name}`;
  return (
    <div className="min-w-40 flex-1 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} dir="auto">
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A plain GET form: it works before (or without) JavaScript, and the filtered
 * view is a URL a desk editor can paste into chat.
 */
export function ClaimsFilterForm({
  slug,
  filters,
  assignees,
  ratings,
  articles,
}: {
  slug: string;
  filters: ClaimFilters;
  assignees: Option[];
  ratings: Option[];
  articles: Option[];
}) {
  return (
    // Keyed by the filters: after a link changes the URL, the selects show the new values, not the old ones.
    <form key={JSON.stringify(filters)} method="get" action={`/w/${slug}/claims`} aria-label="Filter claims" className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <Select name="status" label="Status" value={filters.status} all="Any status" options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
      <Select name="assignee" label="Assignee" value={filters.assignee} all="Anyone" options={[{ value: "unassigned", label: "Unassigned" }, ...assignees]} />
      <Select name="rating" label="Verdict" value={filters.rating} all="Any verdict" options={ratings} />
      <Select name="article" label="Article" value={filters.article} all="All articles" options={articles} />
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Filter
        </button>
        <Link href={`/w/${slug}/claims`} className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
