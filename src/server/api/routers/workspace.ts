import { z } from "zod";
import { createWorkspace } from "@/features/workspaces/create-workspace";
import { findMyWorkspaceBySlug, listMyWorkspaces } from "@/features/workspaces/list-workspaces";
import { changeMemberRole, leaveWorkspace, listMembers, removeMember } from "@/features/workspaces/members";
import { ZChangeRoleSchema, ZCreateWorkspaceSchema, ZMemberIdSchema } from "@/features/workspaces/schemas";
import { getWorkspaceSettings, updateWorkspaceSettings, ZWorkspaceSettingsSchema } from "@/features/workspaces/settings";
import { authedProcedure, createTRPCRouter, workspaceProcedure } from "../trpc";

export const workspaceRouter = createTRPCRouter({
  listMine: authedProcedure.input(z.void()).query(({ ctx }) => listMyWorkspaces(ctx.db, ctx.userId)),
  create: authedProcedure.input(ZCreateWorkspaceSchema).mutation(({ ctx, input }) => createWorkspace(ctx.db, ctx.userId, input)),
  bySlug: authedProcedure
    .input(z.object({ slug: z.string().min(1).max(100) }))
    .query(({ ctx, input }) => findMyWorkspaceBySlug(ctx.db, ctx.userId, input.slug)),
  members: workspaceProcedure("VIEWER").query(({ ctx }) => listMembers(ctx.db, ctx.workspaceId)),
  changeRole: workspaceProcedure("ADMIN")
    .input(ZChangeRoleSchema)
    .mutation(({ ctx, input }) =>
      changeMemberRole(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input.memberId, input.role),
    ),
  removeMember: workspaceProcedure("ADMIN")
    .input(ZMemberIdSchema)
    .mutation(({ ctx, input }) => removeMember(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input.memberId)),
  settings: workspaceProcedure("VIEWER").query(({ ctx }) => getWorkspaceSettings(ctx.db, ctx.workspaceId)),
  updateSettings: workspaceProcedure("ADMIN")
    .input(ZWorkspaceSettingsSchema)
    .mutation(({ ctx, input }) => updateWorkspaceSettings(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input)),
  leave: workspaceProcedure("VIEWER").mutation(({ ctx }) => leaveWorkspace(ctx.db, ctx.workspaceId, ctx.userId)),
});
