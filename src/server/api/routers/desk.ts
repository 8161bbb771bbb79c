import { findClaims, getMyQueue, getWorkload } from "@/features/desk/desk-queries";
import { ZClaimFilterSchema } from "@/features/desk/schemas";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

const viewer = () => workspaceProcedure("VIEWER");

export const deskRouter = createTRPCRouter({
  myQueue: viewer().query(({ ctx }) => getMyQueue(ctx.db, ctx.workspaceId, ctx.userId)),
  workload: viewer().query(({ ctx }) => getWorkload(ctx.db, ctx.workspaceId)),
  claims: viewer().input(ZClaimFilterSchema).query(({ ctx, input }) => findClaims(ctx.db, ctx.workspaceId, input)),
});
