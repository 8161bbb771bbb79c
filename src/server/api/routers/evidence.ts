import { addEvidence, removeEvidence } from "@/features/evidence/evidence";
import { ZAddEvidenceSchema, ZEvidenceRefSchema } from "@/features/evidence/schemas";
import { memberActor } from "../member-actor";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

const reviewer = () => workspaceProcedure("REVIEWER");

export const evidenceRouter = createTRPCRouter({
  add: reviewer().input(ZAddEvidenceSchema).mutation(({ ctx, input }) => addEvidence(ctx.db, memberActor(ctx), input)),
  remove: reviewer().input(ZEvidenceRefSchema).mutation(({ ctx, input }) => removeEvidence(ctx.db, memberActor(ctx), input)),
});
