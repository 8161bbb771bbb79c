import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { authorizeCredentials } from "@/features/auth/authorize-credentials";
import { linkOAuthUser } from "@/features/auth/link-oauth-user";
import { isAppError } from "@/lib/app-error";
import { getDb } from "@/server/db";
import { clientIp } from "@/server/http/client-ip";
import { oauthProviders } from "./providers";
import { userIdFromSessionCookie } from "./session-cookie";

class RateLimitedSignIn extends CredentialsSignin {
  constructor(message: string) {
    super(message);
    // Shown to the user as is; says only how long to wait, nothing about the account.
    this.code = `rate_limited:${message}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Self-hosted behind the operator's own proxy or load balancer.
  trustHost: true,
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          return await authorizeCredentials(await getDb(), credentials, clientIp(request.headers));
        } catch (error) {
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new RateLimitedSignIn(error.message);
          throw error;
        }
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      const userId = await linkOAuthUser(await getDb(), {
        provider: account.provider,
        providerAccountId: account.providerAccountId,
        type: account.type,
        email: profile?.email ?? user.email,
        name: profile?.name ?? user.name,
        image: user.image,
      });
      if (!userId) return "/sign-in?error=OAuthNoEmail";
      user.id = userId;
      return true;
    },
    jwt({ token, user }) {
      // Only the user id travels in the token; roles are read from the database per request.
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

export async function getSessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const fromCookie = await userIdFromSessionCookie((name) => jar.get(name)?.value);
  if (fromCookie !== undefined) return fromCookie;
  const session = await auth();
  return session?.user?.id ?? null;
}
