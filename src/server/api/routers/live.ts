import { z } from "zod";
import { requireArticle } from "@/features/live/feed";
import { articleFeed } from "@/server/realtime/article-feed";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

export const liveRouter = createTRPCRouter({
  /** Changes to one article as they commit, and who else is viewing it (server-sent events). */
  article: workspaceProcedure("VIEWER")
    .input(z.object({ articleId: z.string().min(1).max(64), // At most 18 digits: always within PostgreSQL's bigint.
    lastEventId: z.string().regex(/^\d{1,18}$/, "lastEventId is the number of the last event seen.").nullish() }))
    .subscription(async ({ ctx, input, signal }) => {
      // Checked before the stream starts, so a refusal is an ordinary error response, not a broken stream.
      await requireArticle(ctx.db, ctx.workspaceId, input.articleId);
      return articleFeed({ db: ctx.db, bus: ctx.bus, workspaceId: ctx.workspaceId, articleId: input.articleId, userId: ctx.userId, lastEventId: input.lastEventId, signal });
    }),
});
