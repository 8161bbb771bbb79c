import { z } from "zod";

const id = z.string().min(1).max(64);

export const EVIDENCE_STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const SOURCE_TYPES = ["OFFICIAL_DOCUMENT", "OFFICIAL_STATEMENT", "NEWS_REPORT", "EXPERT", "DATASET", "SOCIAL_MEDIA", "OTHER"] as const;

export const STANCE_LABELS: Record<(typeof EVIDENCE_STANCES)[number], string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };
export const SOURCE_TYPE_LABELS: Record<(typeof SOURCE_TYPES)[number], string> = {
  OFFICIAL_DOCUMENT: "Official document",
  OFFICIAL_STATEMENT: "Official statement",
  NEWS_REPORT: "News report",
  EXPERT: "Expert",
  DATASET: "Dataset",
  SOCIAL_MEDIA: "Social media",
  OTHER: "Other",
};

/** URLs are checked (http/https only) and normalised by the service, which names the field in its error. */
export const ZAddEvidenceSchema = z.object({
  claimId: id,
  url: z.string().max(4096, "That link is too long."),
  title: z.string().trim().min(1, "Give the source a title, e.g. the document or page name.").max(300, "Keep the title under 300 characters."),
  quote: z.string().trim().max(2000, "Quote at most 2,000 characters; link to the rest.").default(""),
  stance: z.enum(EVIDENCE_STANCES, { message: "Say whether the source supports or refutes the claim, or gives context." }),
  sourceType: z.enum(SOURCE_TYPES, { message: "Choose the kind of source." }).default("OTHER"),
  archivedUrl: z.string().max(4096, "That link is too long.").optional(),
});
export type TAddEvidence = z.infer<typeof ZAddEvidenceSchema>;

export const ZEvidenceRefSchema = z.object({ evidenceId: id });
