import { ClaimsFilterForm } from "@/components/desk/claims-filter-form";
import { ClaimsTable } from "@/components/desk/claims-table";
import { parseClaimFilters } from "@/components/desk/claim-filters";
import { WorkloadTable } from "@/components/desk/workload-table";
import { Alert } from "@/components/ui/alert";
import { DEFAULT_RATING_SCALE } from "@/features/verdicts/rating-scale";
import { hasRoleAtLeast } from "@/features/workspaces/permissions";
import { getWorkspaceOrNotFound } from "@/trpc/workspace-page";

export const metadata = { title: "Claims" };

const TAKE = 100;

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
  const { filters, ignored } = parseClaimFilters(await searchParams, {
    assigneeIds: new Set(members.map((m) => m.userId)),
    ratingIds: new Set(ratings.map((r) => r.id)),
    articleIds: new Set(articles.map((a) => a.id)),
  });
  const claims = await caller.desk.claims({
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
          {filtered ? "Matching claims" : "All claims"} <span className="font-normal text-zinc-500 dark:text-zinc-400">({claims.length}{claims.length === TAKE ? "+" : ""})</span>
        </h2>
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
      </section>
    </div>
  );
}
