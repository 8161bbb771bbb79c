import type { Role } from "@/generated/prisma/enums";

/** Who is acting, as the server read it from the database for this call. */
export type MemberActor = { workspaceId: string; actorId: string; role: Role };
