import { acceptTopSuggestions, createClaim, createClaimFromSuggestion } from "@/features/claims/create-claims";
import { mergeClaims, setSuggestionDismissed, splitClaim, updateClaim } from "@/features/claims/edit-claims";
import {
  ZAcceptTopSchema,
  ZCreateClaimSchema,
  ZCreateFromSuggestionSchema,
  ZMergeClaimsSchema,
  ZSentenceRefSchema,
  ZSplitClaimSchema,
  ZUpdateClaimSchema,
} from "@/features/claims/schemas";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

const editor = () => workspaceProcedure("EDITOR");
const actorOf = (ctx: { workspaceId: string; userId: string }) => ({ workspaceId: ctx.workspaceId, actorId: ctx.userId });

export const claimRouter = createTRPCRouter({
  create: editor().input(ZCreateClaimSchema).mutation(({ ctx, input }) => createClaim(ctx.db, actorOf(ctx), input)),
  createFromSuggestion: editor().input(ZCreateFromSuggestionSchema).mutation(({ ctx, input }) => createClaimFromSuggestion(ctx.db, actorOf(ctx), input)),
  acceptTop: editor().input(ZAcceptTopSchema).mutation(({ ctx, input }) => acceptTopSuggestions(ctx.db, actorOf(ctx), input)),
  update: editor().input(ZUpdateClaimSchema).mutation(({ ctx, input }) => updateClaim(ctx.db, actorOf(ctx), input)),
  merge: editor().input(ZMergeClaimsSchema).mutation(({ ctx, input }) => mergeClaims(ctx.db, actorOf(ctx), input)),
  split: editor().input(ZSplitClaimSchema).mutation(({ ctx, input }) => splitClaim(ctx.db, actorOf(ctx), input)),
  dismissSuggestion: editor().input(ZSentenceRefSchema).mutation(({ ctx, input }) => setSuggestionDismissed(ctx.db, actorOf(ctx), input, true)),
  restoreSuggestion: editor().input(ZSentenceRefSchema).mutation(({ ctx, input }) => setSuggestionDismissed(ctx.db, actorOf(ctx), input, false)),
});
