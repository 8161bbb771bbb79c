import { ZSignUpSchema } from "@/features/auth/schemas";
import { signUp } from "@/features/auth/sign-up";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const authRouter = createTRPCRouter({
  /** Creates the account; the client then signs in through Auth.js with the same credentials. */
  signUp: publicProcedure.input(ZSignUpSchema).mutation(({ ctx, input }) => signUp(ctx.db, input)),
});
