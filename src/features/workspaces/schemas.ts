import { z } from "zod";
import { Role } from "@/generated/prisma/enums";

export const ZRoleSchema = z.enum(Role, { message: "Choose a role." });

export const ZCreateWorkspaceSchema = z.object({
  name: z.string().trim().min(2, "Give the workspace a name of at least 2 characters.").max(80, "Keep the name under 80 characters."),
});
export type TCreateWorkspace = z.infer<typeof ZCreateWorkspaceSchema>;

export const ZCreateInvitationSchema = z.object({
  /** Empty: a link anyone holding it may use once. */
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email("Enter a valid e-mail address, or leave it empty for a link."))
    .optional()
    .or(z.literal("").transform(() => undefined)),
  role: ZRoleSchema,
  expiresInDays: z.number().int().min(1, "At least 1 day.").max(30, "At most 30 days.").default(7),
});
export type TCreateInvitation = z.infer<typeof ZCreateInvitationSchema>;

export const ZChangeRoleSchema = z.object({ memberId: z.string().min(1).max(64), role: ZRoleSchema });
export const ZMemberIdSchema = z.object({ memberId: z.string().min(1).max(64) });
export const ZInvitationIdSchema = z.object({ invitationId: z.string().min(1).max(64) });
export const ZInvitationTokenSchema = z.object({ token: z.string().min(16).max(128) });
