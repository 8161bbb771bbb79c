import type { Prisma } from "@/generated/prisma/client";

/** The fields of a claim that leave the server; decided once, here. */
export const claimSelect = {
  id: true,
  articleId: true,
  sentenceId: true,
  start: true,
  end: true,
  quotedText: true,
  wording: true,
  score: true,
  facts: true,
  status: true,
  spanMismatch: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  verdict: { select: { rating: true, authorId: true, approvedById: true, version: true } },
  _count: { select: { evidence: true, comments: { where: { deletedAt: null } } } },
} satisfies Prisma.ClaimSelect;

export type ClaimView = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;
