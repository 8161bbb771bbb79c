import { z } from "zod";

const id = z.string().min(1).max(64);

export const ZPublishSchema = z.object({
  articleId: id,
  /** Claims without an approved verdict: listed as "Unverified" (true) or left out (false). */
  includeUnverified: z.boolean().default(true),
  corrections: z
    .array(z.object({ claimId: id, note: z.string().trim().max(2000, "Keep a correction note under 2,000 characters.") }))
    .max(200)
    .default([]),
});
export const ZArticleRefSchema = z.object({ articleId: id });
