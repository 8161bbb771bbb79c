import { ZApproveVerdictSchema, ZEditVerdictSchema, ZProposeVerdictSchema, ZSendBackVerdictSchema } from "@/features/verdicts/schemas";
import { approveVerdict, editVerdict, proposeVerdict, sendBackVerdict } from "@/features/verdicts/verdicts";
import { memberActor } from "../member-actor";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

const reviewer = () => workspaceProcedure("REVIEWER");

export const verdictRouter = createTRPCRouter({
  propose: reviewer().input(ZProposeVerdictSchema).mutation(({ ctx, input }) => proposeVerdict(ctx.db, memberActor(ctx), input)),
  edit: reviewer().input(ZEditVerdictSchema).mutation(({ ctx, input }) => editVerdict(ctx.db, memberActor(ctx), input)),
  approve: reviewer().input(ZApproveVerdictSchema).mutation(({ ctx, input }) => approveVerdict(ctx.db, memberActor(ctx), input)),
  sendBack: reviewer().input(ZSendBackVerdictSchema).mutation(({ ctx, input }) => sendBackVerdict(ctx.db, memberActor(ctx), input)),
});
