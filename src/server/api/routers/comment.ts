import { addComment, deleteComment, editComment } from "@/features/comments/comments";
import { ZAddCommentSchema, ZCommentRefSchema, ZEditCommentSchema } from "@/features/comments/schemas";
import { memberActor } from "../member-actor";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

const reviewer = () => workspaceProcedure("REVIEWER");

export const commentRouter = createTRPCRouter({
  add: reviewer().input(ZAddCommentSchema).mutation(({ ctx, input }) => addComment(ctx.db, memberActor(ctx), input)),
  edit: reviewer().input(ZEditCommentSchema).mutation(({ ctx, input }) => editComment(ctx.db, memberActor(ctx), input)),
  delete: reviewer().input(ZCommentRefSchema).mutation(({ ctx, input }) => deleteComment(ctx.db, memberActor(ctx), input)),
});
