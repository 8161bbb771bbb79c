import type { MemberActor } from "@/features/workflow/member-actor";
import type { MembershipInfo } from "@/features/workspaces/membership";

/** The acting member as read from the database by workspaceProcedure, for feature functions. */
export function memberActor(ctx: { workspaceId: string; userId: string; membership: MembershipInfo }): MemberActor {
  return { workspaceId: ctx.workspaceId, actorId: ctx.userId, role: ctx.membership.role };
}
