import { z } from "zod";

const CLAIM_STATUSES = ["OPEN", "IN_PROGRESS", "NEEDS_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED"] as const;

/** Desk filters; "unassigned" is a value of its own so it can be chosen in the same menu as people. */
export const ZClaimFilterSchema = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  assigneeId: z.string().min(1).max(64).optional(),
  rating: z.string().min(1).max(40).optional(),
  articleId: z.string().min(1).max(64).optional(),
  take: z.number().int().min(1).max(200).default(100),
});
export type TClaimFilter = z.infer<typeof ZClaimFilterSchema>;
