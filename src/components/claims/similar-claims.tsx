"use client";

import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { VerdictBadge, ratingOf } from "@/components/verdicts/verdict-badge";
import { findRating } from "@/features/verdicts/rating-scale";
import { useTRPC } from "@/trpc/react";
import type { DeskContext } from "./desk-context";

/**
 * Claims of this desk already checked (approved or published) whose wording is
 * close to this one's: the work may be done already. Shows nothing when none is.
 */
export function SimilarClaims({ claimId, desk }: { claimId: string; desk: DeskContext }) {
  const trpc = useTRPC();
  const { slug } = useParams<{ slug: string }>();
  const { data } = useQuery(trpc.claim.similar.queryOptions({ workspaceId: desk.workspaceId, claimId }, { staleTime: 60_000 }));
  if (!data || data.length === 0) return null;
  return (
    <section aria-labelledby={`similar-${claimId}`} className="space-y-2" data-testid="similar-claims">
      <h3 id={`similar-${claimId}`} className="text-sm font-semibold uppercase tracking-wide text-zinc-500">Similar claims already checked</h3>
      <ul className="space-y-1 text-sm">
        {data.map((s) => (
          <li key={s.id} className="flex items-start gap-2">
            <VerdictBadge rating={findRating(desk.scale, s.verdict.rating) ?? ratingOf(s.verdict.rating)} className="mt-0.5" />
            {/* A full navigation: the article page opens the claim named in ?claim= when it loads. */}
            <a href={`/w/${slug}/articles/${s.articleId}?claim=${encodeURIComponent(s.id)}`} className="hover:underline">
              <span dir="auto" className="font-medium">{s.wording}</span>{" "}
              <span dir="auto" className="text-zinc-600 dark:text-zinc-400">({s.article.title})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
