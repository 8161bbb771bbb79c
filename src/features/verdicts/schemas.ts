import { z } from "zod";

const id = z.string().min(1).max(64);
const version = z.number().int().min(1).max(2_147_483_647); // a 32-bit integer column

export const RATIONALE_MAX_CHARS = 5000;

const verdictFields = {
  rating: z.string().trim().min(1, "Choose a rating.").max(40),
  rationale: z
    .string()
    .trim()
    .min(1, "Write the rationale: what the evidence shows and why this rating.")
    .max(RATIONALE_MAX_CHARS, `Keep the rationale under ${RATIONALE_MAX_CHARS} characters.`),
  confidence: z.number().int().min(0, "Confidence is between 0 and 100.").max(100, "Confidence is between 0 and 100."),
};

/** Proposing names the claim version it was based on; editing names the verdict version. */
export const ZProposeVerdictSchema = z.object({ claimId: id, claimVersion: version, ...verdictFields });
export const ZEditVerdictSchema = z.object({ claimId: id, verdictVersion: version, ...verdictFields });
export const ZApproveVerdictSchema = z.object({ claimId: id, verdictVersion: version });
export const ZSendBackVerdictSchema = z.object({
  claimId: id,
  verdictVersion: version,
  reason: z.string().trim().min(1, "Say why you are sending it back, so the author knows what to fix.").max(1000, "Keep the reason under 1,000 characters."),
});

export type TVerdictFields = { rating: string; rationale: string; confidence: number };
