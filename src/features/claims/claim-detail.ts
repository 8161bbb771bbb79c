import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";
import { claimSelect } from "./claim-view";

const person = { select: { id: true, name: true } } as const;

/** One claim with everything its panel shows: verdict, evidence and the comment threads. */
export async function getClaimDetail(db: Db, workspaceId: string, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: {
      ...claimSelect,
      verdict: {
        select: {
          rating: true, rationale: true, confidence: true, reviewNote: true, version: true, approvedAt: true, updatedAt: true, authorId: true, approvedById: true,
          author: person, approvedBy: person,
        },
      },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: { id: true, url: true, title: true, quote: true, stance: true, sourceType: true, archivedUrl: true, createdAt: true, addedBy: person },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        take: 1000,
        select: { id: true, parentId: true, body: true, editedAt: true, deletedAt: true, createdAt: true, author: person },
      },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
  // A deleted comment keeps its place in the thread (its replies stay) but not its text.
  const comments = claim.comments.map((c) => (c.deletedAt ? { ...c, body: "" } : c));
  return { ...claim, comments };
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;
