import { z } from "zod";

const id = z.string().min(1).max(64);
const offset = z.number().int().min(0).max(10_000_000);
/** Optimistic-locking versions are 32-bit integers in the database. */
export const ZVersion = z.number().int().min(1).max(2_147_483_647);
export const ZWordingSchema = z.string().trim().min(3, "Write the claim in a few words.").max(300, "Keep the wording under 300 characters.");

export const ZCreateClaimSchema = z.object({
  articleId: id,
  start: offset,
  end: offset,
  /** Optional: defaults to the wording suggested from the facts, or the quoted text. */
  wording: ZWordingSchema.optional(),
});
export type TCreateClaim = z.infer<typeof ZCreateClaimSchema>;

export const ZCreateFromSuggestionSchema = z.object({ articleId: id, sentenceId: id });
export const ZAcceptTopSchema = z.object({ articleId: id, count: z.number().int().min(1, "Accept at least one.").max(50, "Accept at most 50 at once.") });

/** Every edit names the version it was based on (optimistic locking). */
export const ZUpdateClaimSchema = z.object({
  claimId: id,
  version: ZVersion,
  start: offset.optional(),
  end: offset.optional(),
  wording: ZWordingSchema.optional(),
});
export type TUpdateClaim = z.infer<typeof ZUpdateClaimSchema>;

export const ZMergeClaimsSchema = z.object({
  claims: z.array(z.object({ claimId: id, version: ZVersion })).min(2, "Choose at least two claims to merge.").max(20),
});
export const ZSplitClaimSchema = z.object({ claimId: id, version: ZVersion, at: offset });
export const ZSentenceRefSchema = z.object({ articleId: id, sentenceId: id });
