import { recordAudit } from "@/features/audit/record-audit";
import { notify } from "@/features/notifications/notify";
import type { MemberActor } from "@/features/workflow/member-actor";
import { AppError } from "@/lib/app-error";
import type { Db, DbTx } from "@/server/db";
import { commentPlainText, parseCommentMarkdown } from "./comment-markdown";
import { extractMentionIds } from "./mentions";

const PREVIEW_CHARS = 140;

/** Every mentioned person must be a member of the workspace; returns their ids. */
async function checkMentions(tx: DbTx, workspaceId: string, body: string): Promise<string[]> {
  const ids = extractMentionIds(body);
  if (ids.length === 0) return [];
  const members = await tx.membership.findMany({ where: { workspaceId, userId: { in: ids } }, select: { userId: true } });
  const known = new Set(members.map((m) => m.userId));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const name = body.match(new RegExp(`@\\[([^\\]]+)\\]\\(user:${unknown[0]!.replace(/[^A-Za-z0-9_-]/g, "")}\\)`))?.[1] ?? "someone";
    throw AppError.validation({ body: `${name} is not a member of this workspace, so they cannot be mentioned.` });
  }
  return ids;
}

function preview(body: string): string {
  const text = commentPlainText(parseCommentMarkdown(body)).replace(/\s+/g, " ").trim();
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

async function claimOf(tx: DbTx, workspaceId: string, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true, articleId: true, wording: true } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found. It may have been merged or removed.");
  return claim;
}

/** Adds a comment (or a reply: replies to a reply join the same thread) and notifies the people mentioned. */
export async function addComment(db: Db, actor: MemberActor, input: { claimId: string; body: string; parentId?: string }) {
  return db.$transaction(async (tx) => {
    const claim = await claimOf(tx, actor.workspaceId, input.claimId);
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findFirst({ where: { id: input.parentId, claimId: claim.id }, select: { id: true, parentId: true } });
      if (!parent) throw AppError.validation({ parentId: "The comment you replied to is no longer on this claim." });
      parentId = parent.parentId ?? parent.id;
    }
    const mentioned = await checkMentions(tx, actor.workspaceId, input.body);
    const comment = await tx.comment.create({ data: { claimId: claim.id, authorId: actor.actorId, parentId, body: input.body }, select: { id: true } });
    await notify(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, kind: "MENTIONED", recipientIds: mentioned,
      articleId: claim.articleId, claimId: claim.id, payload: { wording: claim.wording, preview: preview(input.body) },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "comment.added", entityType: "comment", entityId: comment.id,
      articleId: claim.articleId, claimId: claim.id, after: { parentId, chars: input.body.length },
    });
    return comment;
  });
}

async function ownComment(tx: DbTx, actor: MemberActor, commentId: string) {
  const comment = await tx.comment.findFirst({
    where: { id: commentId, claim: { workspaceId: actor.workspaceId } },
    select: { id: true, body: true, authorId: true, deletedAt: true, claim: { select: { id: true, articleId: true, wording: true } } },
  });
  if (!comment || comment.deletedAt) throw new AppError("NOT_FOUND", "Comment not found. It may have been deleted.");
  if (comment.authorId !== actor.actorId) throw new AppError("FORBIDDEN", "You can only change your own comments.");
  return comment;
}

/** Edits one's own comment; the audit trail keeps the text before and after, and newly mentioned people are notified. */
export async function editComment(db: Db, actor: MemberActor, input: { commentId: string; body: string }) {
  return db.$transaction(async (tx) => {
    const comment = await ownComment(tx, actor, input.commentId);
    if (comment.body === input.body) return { id: comment.id };
    const mentioned = await checkMentions(tx, actor.workspaceId, input.body);
    const already = new Set(extractMentionIds(comment.body));
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: new Date() } });
    await notify(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, kind: "MENTIONED", recipientIds: mentioned.filter((id) => !already.has(id)),
      articleId: comment.claim.articleId, claimId: comment.claim.id, payload: { wording: comment.claim.wording, preview: preview(input.body) },
    });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "comment.edited", entityType: "comment", entityId: comment.id,
      articleId: comment.claim.articleId, claimId: comment.claim.id, before: { body: comment.body }, after: { body: input.body },
    });
    return { id: comment.id };
  });
}

/** Deletes one's own comment: replies stay, under "deleted comment"; the audit trail keeps what it said. */
export async function deleteComment(db: Db, actor: MemberActor, input: { commentId: string }) {
  return db.$transaction(async (tx) => {
    const comment = await ownComment(tx, actor, input.commentId);
    await tx.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } });
    await recordAudit(tx, {
      workspaceId: actor.workspaceId, actorId: actor.actorId, action: "comment.deleted", entityType: "comment", entityId: comment.id,
      articleId: comment.claim.articleId, claimId: comment.claim.id, before: { body: comment.body },
    });
    return { id: comment.id };
  });
}
