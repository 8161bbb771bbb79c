import type { Prisma } from "@/generated/prisma/client";
import { extractFacts, suggestWording } from "@/features/analysis/facts/extract-facts";
import { recordAudit } from "@/features/audit/record-audit";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { type ClaimView, claimSelect } from "./claim-view";
import { sentenceForSpan, spanProblem, trimSpan } from "./span";

type Actor = { workspaceId: string; actorId: string };

export async function loadArticleForClaims(tx: DbTx | Db, workspaceId: string, articleId: string) {
  const article = await tx.article.findFirst({
    where: { id: articleId, workspaceId },
    select: { id: true, text: true, sentences: { select: { id: true, start: true, end: true, score: true }, orderBy: { index: "asc" } } },
  });
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return article;
}

/** Default wording: from the extracted figures, else the quote itself, shortened. */
export function defaultWording(quotedText: string): string {
  const suggested = suggestWording(quotedText);
  if (suggested) return suggested;
  return quotedText.length <= 140 ? quotedText : `${quotedText.slice(0, 137).trimEnd()}…`;
}

/** Creates one claim over [start, end) of the article text, inside the caller's transaction. */
export async function insertClaim(
  tx: DbTx,
  actor: Actor,
  article: Awaited<ReturnType<typeof loadArticleForClaims>>,
  input: { start: number; end: number; wording?: string },
): Promise<ClaimView> {
  const problem = spanProblem(article.text, input);
  if (problem) throw AppError.validation({ span: problem });
  const span = trimSpan(article.text, input);
  const quotedText = article.text.slice(span.start, span.end);
  const sentence = sentenceForSpan(article.sentences, span);
  const facts = extractFacts(quotedText);
  const claim = await tx.claim.create({
    data: {
      workspaceId: actor.workspaceId,
      articleId: article.id,
      sentenceId: sentence?.id ?? null,
      start: span.start,
      end: span.end,
      quotedText,
      wording: input.wording ?? defaultWording(quotedText),
      score: sentence ? (article.sentences.find((s) => s.id === sentence.id)?.score ?? 0) : 0,
      facts: facts as unknown as Prisma.InputJsonValue,
      createdById: actor.actorId,
    },
    select: claimSelect,
  });
  await recordAudit(tx, {
    ...actor,
    action: "claim.created",
    entityType: "claim",
    entityId: claim.id,
    articleId: article.id,
    claimId: claim.id,
    after: { articleId: article.id, start: claim.start, end: claim.end, wording: claim.wording },
  });
  return claim;
}

export async function createClaim(db: Db, actor: Actor, input: { articleId: string; start: number; end: number; wording?: string }): Promise<ClaimView> {
  return db.$transaction(async (tx) => {
    const article = await loadArticleForClaims(tx, actor.workspaceId, input.articleId);
    return insertClaim(tx, actor, article, input);
  });
}

/** Turns a suggested sentence into a claim (the whole sentence, with its suggested wording). */
export async function createClaimFromSuggestion(db: Db, actor: Actor, input: { articleId: string; sentenceId: string }): Promise<ClaimView> {
  return db.$transaction(async (tx) => {
    const article = await loadArticleForClaims(tx, actor.workspaceId, input.articleId);
    const sentence = await tx.sentence.findFirst({ where: { id: input.sentenceId, articleId: article.id }, select: { start: true, end: true, wording: true } });
    if (!sentence) throw new AppError("NOT_FOUND", "That sentence is no longer in the article.");
    return insertClaim(tx, actor, article, { start: sentence.start, end: sentence.end, wording: sentence.wording ?? undefined });
  });
}

/**
 * "Accept the top N": the N highest-scoring sentences that are neither dismissed
 * nor already the start of a claim become claims, in one transaction.
 */
export async function acceptTopSuggestions(db: Db, actor: Actor, input: { articleId: string; count: number }): Promise<ClaimView[]> {
  return db.$transaction(async (tx) => {
    const article = await loadArticleForClaims(tx, actor.workspaceId, input.articleId);
    const candidates = await tx.sentence.findMany({
      where: { articleId: article.id, dismissedAt: null, claims: { none: {} } },
      orderBy: [{ score: "desc" }, { index: "asc" }],
      take: input.count,
      select: { start: true, end: true, wording: true },
    });
    const created: ClaimView[] = [];
    for (const s of candidates) created.push(await insertClaim(tx, actor, article, { start: s.start, end: s.end, wording: s.wording ?? undefined }));
    return created;
  });
}
