import { acceptInvitation, createInvitation, listPendingInvitations, previewInvitation, revokeInvitation } from "@/features/workspaces/invitations";
import { ZCreateInvitationSchema, ZInvitationIdSchema, ZInvitationTokenSchema } from "@/features/workspaces/schemas";
import { authedProcedure, createTRPCRouter, publicProcedure, workspaceProcedure } from "../trpc";

export const invitationRouter = createTRPCRouter({
  list: workspaceProcedure("ADMIN").query(({ ctx }) => listPendingInvitations(ctx.db, ctx.workspaceId)),
  create: workspaceProcedure("ADMIN")
    .input(ZCreateInvitationSchema)
    .mutation(({ ctx, input }) => createInvitation(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input)),
  revoke: workspaceProcedure("ADMIN")
    .input(ZInvitationIdSchema)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input.invitationId)),
  /** Public: the invite page shows what the link is for before the person signs up. */
  preview: publicProcedure.input(ZInvitationTokenSchema).query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),
  accept: authedProcedure.input(ZInvitationTokenSchema).mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.userId, input.token)),
});
