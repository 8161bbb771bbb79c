import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { ClaimSearchForm } from "@/components/desk/claim-search-form";
import { ClaimsFilterForm } from "@/components/desk/claims-filter-form";
import { ClaimsTable, type ClaimsTableRow } from "@/components/desk/claims-table";
import { parseClaimFilters } from "@/components/desk/claim-filters";
import { WorkloadTable } from "@/components/desk/workload-table";
import { Alert } from "@/components/ui/alert";
import { DEFAULT_RATING_SCALE } from "@/features/verdicts/rating-scale";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "Claims" };

const TAKE = 100;
const SEARCH_TAKE = 50;

type SearchHit = ClaimsTableRow & { match: "exact" | "close" };

/** Search hits, or the reason the query was refused (too short, too long) to show beside the box. */
async function searchOrRefusal(search: () => Promise<SearchHit[]>): Promise<{ hits: SearchHit[]; error?: string }> {
  try {
    return { hits: await search() };
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== "BAD_REQUEST") throw error;
    // A server-side caller's schema refusal carries zod's issues, not the formatted message the HTTP API sends.
    const message = error.cause instanceof ZodError ? error.cause.issues[0]?.message : error.message;
    return { hits: [], error: message ?? "This search cannot be run. Try other words." };
  }
}

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { caller, workspace } = await getWorkspaceOrNotFound(slug);
  const workspaceId = workspace.id;
  const [members, articles, workload] = await Promise.all([
    caller.workspace.members({ workspaceId }),
    caller.article.list({ workspaceId }),
    caller.desk.workload({ workspaceId }),
  ]);
  // The workspace's own scale is not exposed to pages yet; stored keys are read against the default one.
  const ratings = DEFAULT_RATING_SCALE.ratings;
  const urlParams = await searchParams;
  const { filters, ignored } = parseClaimFilters(urlParams, {
    assigneeIds: new Set(members.map((m) => m.userId)),
    ratingIds: new Set(ratings.map((r) => r.id)),
    articleIds: new Set(articles.map((a) => a.id)),
  });
  const query = (Array.isArray(urlParams.q) ? urlParams.q[0] : urlParams.q)?.trim() ?? "";
  const search = query ? await searchOrRefusal(() => caller.claim.search({ workspaceId, query, take: SEARCH_TAKE })) : null;
  // A refused search (too short) shows why beside the box, and the usual list below it.
  const hits = search && !search.error ? search.hits : null;
  const claims = hits
    ? []
    : await caller.desk.claims({
        workspaceId,
        status: filters.status,
        assigneeId: filters.assignee,
        rating: filters.rating,
        articleId: filters.article,
        take: TAKE,
      });

  // Anyone who can hold a claim, plus a filtered member who since lost that role, so the menu shows the current choice.
  const assignees = members
    .filter((m) => hasRoleAtLeast(m.role, "REVIEWER") || m.userId === filters.assignee)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => ({ value: m.userId, label: m.name }));
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Claims</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Every claim on this desk, across its articles, most recently changed first.</p>
      </div>

      <section aria-labelledby="workload-heading" className="space-y-3">
        <h2 id="workload-heading" className="text-lg font-medium">
          Workload
        </h2>
        <WorkloadTable workload={workload} slug={slug} />
      </section>

      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-lg font-medium">
          {hits ? (
            <>
              Claims matching <q dir="auto">{query}</q>
            </>
          ) : filtered ? (
            "Matching claims"
          ) : (
            "All claims"
          )}{" "}
          <span className="font-normal text-zinc-500 dark:text-zinc-400">
            ({hits ? hits.length : claims.length}
            {(hits ? hits.length === SEARCH_TAKE : claims.length === TAKE) ? "+" : ""})
          </span>
        </h2>
        <ClaimSearchForm slug={slug} query={query} error={search?.error} />
        {hits ? (
          <>
            {hits[0]?.match === "close" ? (
              <Alert tone="info">
                No claim contains <q dir="auto">{query}</q>. These have a close spelling of it in their wording.
              </Alert>
            ) : null}
            <ClaimsTable claims={hits} slug={slug} caption={`Claims matching “${query}”, best match first`} empty="No claim on this desk matches. Try another word, or a shorter one." />
            {hits.length === SEARCH_TAKE ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Showing the {SEARCH_TAKE} best matches. Add a word to narrow the search.</p>
            ) : null}
          </>
        ) : (
          <>
            <ClaimsFilterForm
              slug={slug}
              filters={filters}
              assignees={assignees}
              ratings={ratings.map((r) => ({ value: r.id, label: r.label }))}
              articles={articles.map((a) => ({ value: a.id, label: a.title }))}
            />
            {ignored.length > 0 ? (
              <Alert tone="info">The link had a {ignored.join(", ")} filter this desk does not know (perhaps removed since), so it was left out.</Alert>
            ) : null}
            <ClaimsTable claims={claims} slug={slug} caption={filtered ? "Claims matching the filters" : "All claims"} />
            {claims.length === TAKE ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">Showing the {TAKE} most recently changed claims. Narrow the filters to find older ones.</p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
