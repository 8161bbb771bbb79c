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
  ZVersion,
} from "@/features/claims/schemas";
import { z } from "zod";
import { getClaimTimeline } from "@/features/audit/claim-timeline";
import { getClaimDetail } from "@/features/claims/claim-detail";
import { ZSearchClaimsSchema, ZSimilarClaimsSchema } from "@/features/search/schemas";
import { searchClaims } from "@/features/search/search-claims";
import { findSimilarCheckedClaims } from "@/features/search/similar-claims";
import { assignClaim, changeClaimHolder } from "@/features/workflow/assignment";
import { createTRPCRouter, workspaceProcedure } from "../trpc";
import { memberActor } from "../member-actor";

const editor = () => workspaceProcedure("EDITOR");
const reviewer = () => workspaceProcedure("REVIEWER");
const viewer = () => workspaceProcedure("VIEWER");
const id = z.string().min(1).max(64);
const ZClaimRef = z.object({ claimId: id });
/** Take needs no version (first come, first served); the others name the version the person saw. */
const ZVersionedClaimRef = z.object({ claimId: id, version: ZVersion });
const actorOf = (ctx: { workspaceId: string; userId: string }) => ({ workspaceId: ctx.workspaceId, actorId: ctx.userId });

export const claimRouter = createTRPCRouter({
  create: editor().input(ZCreateClaimSchema).mutation(({ ctx, input }) => createClaim(ctx.db, actorOf(ctx), input)),
  createFromSuggestion: editor().input(ZCreateFromSuggestionSchema).mutation(({ ctx, input }) => createClaimFromSuggestion(ctx.db, actorOf(ctx), input)),
  acceptTop: editor().input(ZAcceptTopSchema).mutation(({ ctx, input }) => acceptTopSuggestions(ctx.db, actorOf(ctx), input)),
  update: editor().input(ZUpdateClaimSchema).mutation(({ ctx, input }) => updateClaim(ctx.db, actorOf(ctx), input)),
  merge: editor().input(ZMergeClaimsSchema).mutation(({ ctx, input }) => mergeClaims(ctx.db, actorOf(ctx), input)),
  split: editor().input(ZSplitClaimSchema).mutation(({ ctx, input }) => splitClaim(ctx.db, actorOf(ctx), input)),
  dismissSuggestion: editor().input(ZSentenceRefSchema).mutation(({ ctx, input }) => setSuggestionDismissed(ctx.db, actorOf(ctx), input, true)),
  detail: viewer().input(ZClaimRef).query(({ ctx, input }) => getClaimDetail(ctx.db, ctx.workspaceId, input.claimId)),
  timeline: viewer().input(ZClaimRef).query(({ ctx, input }) => getClaimTimeline(ctx.db, ctx.workspaceId, input.claimId)),
  search: viewer().input(ZSearchClaimsSchema).query(({ ctx, input }) => searchClaims(ctx.db, ctx.workspaceId, input)),
  similar: viewer().input(ZSimilarClaimsSchema).query(({ ctx, input }) => findSimilarCheckedClaims(ctx.db, ctx.workspaceId, input.claimId)),
  take: reviewer().input(ZClaimRef).mutation(({ ctx, input }) => changeClaimHolder(ctx.db, memberActor(ctx), input, "take")),
  release: reviewer().input(ZVersionedClaimRef).mutation(({ ctx, input }) => changeClaimHolder(ctx.db, memberActor(ctx), input, "release")),
  assign: editor()
    .input(ZVersionedClaimRef.extend({ assigneeId: id }))
    .mutation(({ ctx, input }) => assignClaim(ctx.db, memberActor(ctx), input)),
  dismiss: editor().input(ZVersionedClaimRef).mutation(({ ctx, input }) => changeClaimHolder(ctx.db, memberActor(ctx), input, "dismiss")),
  reopen: editor().input(ZVersionedClaimRef).mutation(({ ctx, input }) => changeClaimHolder(ctx.db, memberActor(ctx), input, "reopen")),
  restoreSuggestion: editor().input(ZSentenceRefSchema).mutation(({ ctx, input }) => setSuggestionDismissed(ctx.db, actorOf(ctx), input, false)),
});
