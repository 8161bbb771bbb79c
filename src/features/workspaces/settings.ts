import { z } from "zod";
import { recordAudit } from "@/features/audit/record-audit";
import { normalizeEvidenceUrl } from "@/features/evidence/evidence-url";
import { AppError } from "@/lib/app-error";
import type { Db } from "@/server/db";

const optionalUrl = z.string().trim().max(2048, "That link is too long.").default("");

/** What an admin sets for the desk: its rules, and what the public pages say about who publishes. */
export const ZWorkspaceSettingsSchema = z.object({
  name: z.string().trim().min(2, "Give the workspace a name of at least 2 characters.").max(80, "Keep the name under 80 characters."),
  twoPersonRule: z.boolean(),
  methodology: z.string().trim().max(5000, "Keep the methodology under 5,000 characters."),
  correctionsPolicy: z.string().trim().max(5000, "Keep the corrections policy under 5,000 characters."),
  orgName: z.string().trim().max(120, "Keep the organisation's name under 120 characters.").default(""),
  orgUrl: optionalUrl,
  orgLogoUrl: optionalUrl,
});
export type TWorkspaceSettings = z.infer<typeof ZWorkspaceSettingsSchema>;

const settingsSelect = { name: true, twoPersonRule: true, methodology: true, correctionsPolicy: true, orgName: true, orgUrl: true, orgLogoUrl: true } as const;

export async function getWorkspaceSettings(db: Db, workspaceId: string) {
  const settings = await db.workspace.findUnique({ where: { id: workspaceId }, select: settingsSelect });
  if (!settings) throw new AppError("NOT_FOUND", "Workspace not found.");
  return { ...settings, orgName: settings.orgName ?? "", orgUrl: settings.orgUrl ?? "", orgLogoUrl: settings.orgLogoUrl ?? "" };
}

function webUrl(raw: string, field: string): string | null {
  if (!raw) return null;
  const checked = normalizeEvidenceUrl(raw);
  if (!checked.ok) throw AppError.validation({ [field]: checked.message });
  return checked.url;
}

/** Saves the settings (admins), recording before and after; the next publish uses them. */
export async function updateWorkspaceSettings(db: Db, actor: { workspaceId: string; actorId: string }, input: TWorkspaceSettings) {
  const data = {
    name: input.name,
    twoPersonRule: input.twoPersonRule,
    methodology: input.methodology,
    correctionsPolicy: input.correctionsPolicy,
    orgName: input.orgName || null,
    orgUrl: webUrl(input.orgUrl, "orgUrl"),
    orgLogoUrl: webUrl(input.orgLogoUrl, "orgLogoUrl"),
  };
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: settingsSelect });
    const after = await tx.workspace.update({ where: { id: actor.workspaceId }, data, select: settingsSelect });
    await recordAudit(tx, { ...actor, action: "workspace.settings_changed", entityType: "workspace", entityId: actor.workspaceId, before, after });
    return after;
  });
}
