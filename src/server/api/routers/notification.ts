import { z } from "zod";
import { countUnread, listNotifications, markNotificationsRead } from "@/features/notifications/inbox";
import { authedProcedure, createTRPCRouter } from "../trpc";

export const notificationRouter = createTRPCRouter({
  list: authedProcedure
    .input(z.object({ unreadOnly: z.boolean().optional(), cursor: z.string().max(64).nullish() }))
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.userId, input)),
  unreadCount: authedProcedure.input(z.object({}).optional()).query(({ ctx }) => countUnread(ctx.db, ctx.userId)),
  markRead: authedProcedure
    .input(z.object({ ids: z.array(z.string().min(1).max(64)).max(200).optional() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.userId, input)),
});
