import "server-only";
import { notFound } from "next/navigation";
import { getServerCaller } from "./server";

/** The workspace behind a /w/[slug] page for the signed-in member, or the 404 page (never another desk's data). */
export async function getWorkspaceOrNotFound(slug: string) {
  const caller = await getServerCaller();
  const workspace = await caller.workspace.bySlug({ slug }).catch(() => null);
  if (!workspace) notFound();
  return { caller, workspace };
}
