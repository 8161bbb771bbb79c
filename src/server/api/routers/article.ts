import { z } from "zod";
import { listArticles } from "@/features/articles/list-articles";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

export const articleRouter = createTRPCRouter({
  list: workspaceProcedure("VIEWER")
    .input(z.object({ take: z.number().int().min(1).max(200).optional() }))
    .query(({ ctx, input }) => listArticles(ctx.db, ctx.workspaceId, input)),
});
