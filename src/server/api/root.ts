import { articleRouter } from "./routers/article";
import { authRouter } from "./routers/auth";
import { claimRouter } from "./routers/claim";
import { commentRouter } from "./routers/comment";
import { deskRouter } from "./routers/desk";
import { evidenceRouter } from "./routers/evidence";
import { liveRouter } from "./routers/live";
import { notificationRouter } from "./routers/notification";
import { publicationRouter } from "./routers/publication";
import { verdictRouter } from "./routers/verdict";
import { invitationRouter } from "./routers/invitation";
import { workspaceRouter } from "./routers/workspace";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  workspace: workspaceRouter,
  invitation: invitationRouter,
  article: articleRouter,
  claim: claimRouter,
  verdict: verdictRouter,
  comment: commentRouter,
  evidence: evidenceRouter,
  desk: deskRouter,
  notification: notificationRouter,
  live: liveRouter,
  publication: publicationRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
