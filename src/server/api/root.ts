import { articleRouter } from "./routers/article";
import { authRouter } from "./routers/auth";
import { claimRouter } from "./routers/claim";
import { invitationRouter } from "./routers/invitation";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  workspace: workspaceRouter,
  invitation: invitationRouter,
  article: articleRouter,
  claim: claimRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
