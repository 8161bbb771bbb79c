import { getPublicationStatus } from "@/features/publishing/publication-status";
import { publishSummary, unpublishSummary } from "@/features/publishing/publish";
import { ZArticleRefSchema, ZPublishSchema } from "@/features/publishing/schemas";
import { memberActor } from "../member-actor";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

export const publicationRouter = createTRPCRouter({
  status: workspaceProcedure("VIEWER").input(ZArticleRefSchema).query(({ ctx, input }) => getPublicationStatus(ctx.db, ctx.workspaceId, input.articleId)),
  publish: workspaceProcedure("EDITOR").input(ZPublishSchema).mutation(({ ctx, input }) => publishSummary(ctx.db, memberActor(ctx), input)),
  unpublish: workspaceProcedure("ADMIN").input(ZArticleRefSchema).mutation(({ ctx, input }) => unpublishSummary(ctx.db, memberActor(ctx), input)),
});
