import { z } from "zod";

/** Longest query accepted: a pasted sentence fits; anything longer is not a search. */
export const SEARCH_QUERY_MAX = 200;

export const ZSearchClaimsSchema = z.object({
  /** Checked further by `parseSearchQuery` (at least 3 letters or digits in a row). */
  query: z.string({ message: "Type something to search for." }).max(SEARCH_QUERY_MAX, `Keep the search under ${SEARCH_QUERY_MAX} characters.`),
  take: z.number().int().min(1).max(100).default(50),
});
export type TSearchClaims = z.infer<typeof ZSearchClaimsSchema>;

export const ZSimilarClaimsSchema = z.object({ claimId: z.string().min(1).max(64) });
