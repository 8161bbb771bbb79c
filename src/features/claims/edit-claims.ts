import type { Prisma } from "@/generated/prisma/client";
import { extractFacts } from "@/features/analysis/facts/extract-facts";
import { recordAudit } from "@/features/audit/record-audit";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { type ClaimView, claimSelect } from "./claim-view";
import { insertClaim, loadArticleForClaims } from "./create-claims";
import { sentenceForSpan, spanProblem, splitSpan, trimSpan, unionSpan } from "./span";
import { staleChangeError } from "./stale-write";

type Actor = { workspaceId: string; actorId: string };

// Only claims nobody has started working on may change shape (span, merge, split).
const RESHAPEABLE = ["OPEN", "IN_PROGRESS"] as const;

async function loadClaim(tx: DbTx, workspaceId: string, claimId: string) {
  // The article text (up to 2 MB) is loaded once per operation by the caller, not once per claim.
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: claimSelect });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}

/**
 * Writes a change only if the claim is still at `version`, bumping it; a write
 * based on an older version is refused with who changed it and when.
 */
async function writeIfCurrent(tx: DbTx, claimId: string, version: number, data: Prisma.ClaimUpdateManyMutationInput & { sentenceId?: string | null }) {
  const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await staleChangeError(tx, claimId);
}

/** Adjusts a claim's span and/or wording. */
export async function updateClaim(
  db: Db,
  actor: Actor,
  input: { claimId: string; version: number; start?: number; end?: number; wording?: string },
): Promise<ClaimView> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    const data: Prisma.ClaimUpdateManyMutationInput & { sentenceId?: string | null } = {};
    if (input.start !== undefined || input.end !== undefined) {
      if (!(RESHAPEABLE as readonly string[]).includes(claim.status)) {
        throw new AppError("PRECONDITION_FAILED", "The quoted span cannot change once a verdict has been proposed.");
      }
      const requested = { start: input.start ?? claim.start, end: input.end ?? claim.end };
      const article = await loadArticleForClaims(tx, actor.workspaceId, claim.articleId);
      const problem = spanProblem(article.text, requested);
      if (problem) throw AppError.validation({ span: problem });
      const span = trimSpan(article.text, requested);
      const quotedText = article.text.slice(span.start, span.end);
      Object.assign(data, {
        ...span,
        quotedText,
        spanMismatch: false,
        sentenceId: sentenceForSpan(article.sentences, span)?.id ?? null,
        facts: extractFacts(quotedText) as unknown as Prisma.InputJsonValue,
      });
    }
    if (input.wording !== undefined) data.wording = input.wording;
    if (Object.keys(data).length === 0) return claim;
    await writeIfCurrent(tx, claim.id, input.version, data);
    const updated = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect });
    await recordAudit(tx, {
      ...actor,
      action: "claim.edited",
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
      before: { start: claim.start, end: claim.end, wording: claim.wording },
      after: { start: updated.start, end: updated.end, wording: updated.wording },
    });
    return updated;
  });
}

/** Merges claims of one article into the first of them (spanning all), removing the others. */
export async function mergeClaims(db: Db, actor: Actor, input: { claims: { claimId: string; version: number }[] }): Promise<ClaimView> {
  return db.$transaction(async (tx) => {
    const claims = await Promise.all(input.claims.map((c) => loadClaim(tx, actor.workspaceId, c.claimId)));
    const first = claims[0]!;
    if (new Set(claims.map((c) => c.articleId)).size > 1) throw AppError.validation({ claims: "Only claims from the same article can be merged." });
    if (new Set(claims.map((c) => c.id)).size !== claims.length) throw AppError.validation({ claims: "Choose different claims to merge." });
    if (claims.some((c) => !(RESHAPEABLE as readonly string[]).includes(c.status))) {
      throw new AppError("PRECONDITION_FAILED", "Claims with a proposed verdict cannot be merged.");
    }
    // Merging must lose nothing: the claims folded into the first may not carry work of their own.
    const withWork = await tx.claim.count({
      where: { id: { in: claims.slice(1).map((c) => c.id) }, OR: [{ comments: { some: {} } }, { evidence: { some: {} } }, { verdict: { isNot: null } }] },
    });
    if (withWork > 0) {
      throw new AppError("PRECONDITION_FAILED", "Only the first claim of a merge may have comments, evidence or a verdict. Choose that one first.");
    }
    const span = unionSpan(claims);
    const { text } = await loadArticleForClaims(tx, actor.workspaceId, first.articleId);
    const quotedText = text.slice(span.start, span.end);
    for (const [i, c] of input.claims.entries()) {
      if (i === 0) {
        await writeIfCurrent(tx, c.claimId, c.version, { ...span, quotedText, spanMismatch: false, facts: extractFacts(quotedText) as unknown as Prisma.InputJsonValue });
      } else {
        const { count } = await tx.claim.deleteMany({ where: { id: c.claimId, version: c.version } });
        if (count === 0) throw await staleChangeError(tx, c.claimId);
      }
    }
    await recordAudit(tx, {
      ...actor,
      action: "claim.merged",
      entityType: "claim",
      entityId: first.id,
      articleId: first.articleId,
      claimId: first.id,
      before: claims.map((c) => ({ id: c.id, start: c.start, end: c.end, wording: c.wording })),
      after: { ...span },
    });
    return tx.claim.findUniqueOrThrow({ where: { id: first.id }, select: claimSelect });
  });
}

/** Splits a claim at a character offset into two claims; the second gets a fresh default wording. */
export async function splitClaim(db: Db, actor: Actor, input: { claimId: string; version: number; at: number }): Promise<[ClaimView, ClaimView]> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, actor.workspaceId, input.claimId);
    if (!(RESHAPEABLE as readonly string[]).includes(claim.status)) throw new AppError("PRECONDITION_FAILED", "Claims with a proposed verdict cannot be split.");
    const article = await loadArticleForClaims(tx, actor.workspaceId, claim.articleId);
    const parts = splitSpan(article.text, claim, input.at);
    if (!parts) throw AppError.validation({ at: "Split between words inside the claim, so that both parts keep some text." });
    const [left, right] = parts;
    const leftText = article.text.slice(left.start, left.end);
    await writeIfCurrent(tx, claim.id, input.version, { ...left, quotedText: leftText, facts: extractFacts(leftText) as unknown as Prisma.InputJsonValue });
    const second = await insertClaim(tx, actor, article, right);
    await recordAudit(tx, { ...actor, action: "claim.split", entityType: "claim", entityId: claim.id, articleId: claim.articleId, claimId: claim.id, before: { start: claim.start, end: claim.end }, after: { left, right, newClaimId: second.id } });
    return [await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect }), second];
  });
}

/** Dismisses (or restores) a sentence as a suggestion; the sentence stays in the text. */
export async function setSuggestionDismissed(db: Db, actor: Actor, input: { articleId: string; sentenceId: string }, dismissed: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.sentence.updateMany({
      where: { id: input.sentenceId, articleId: input.articleId, article: { workspaceId: actor.workspaceId } },
      data: dismissed ? { dismissedAt: new Date(), dismissedById: actor.actorId } : { dismissedAt: null, dismissedById: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That sentence is no longer in the article.");
    await recordAudit(tx, { ...actor, action: dismissed ? "suggestion.dismissed" : "suggestion.restored", entityType: "sentence", entityId: input.sentenceId, articleId: input.articleId });
  });
}
