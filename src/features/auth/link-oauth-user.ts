import type { Db } from "@/server/db";

export type OAuthProfile = {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null | undefined;
  name: string | null | undefined;
  image: string | null | undefined;
};

/**
 * Finds or creates the Factdesk user behind an OAuth/OIDC sign-in and links the
 * account. Sessions are JWTs (Credentials requires it), so this replaces a
 * database adapter: the token then carries our own user id.
 */
export async function linkOAuthUser(db: Db, profile: OAuthProfile): Promise<string | null> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { userId: true },
  });
  if (linked) return linked.userId;
  const email = profile.email?.trim().toLowerCase();
  // Without a (provider-verified) e-mail there is no way to match or invite the person.
  if (!email) return null;
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: profile.name?.trim() || email.split("@")[0] || email, image: profile.image ?? null, emailVerified: new Date() },
    update: {},
    select: { id: true },
  });
  await db.account.create({
    data: { userId: user.id, provider: profile.provider, providerAccountId: profile.providerAccountId, type: profile.type },
  });
  return user.id;
}
