import { z } from "zod";
import { COMMENT_MAX_CHARS } from "./mentions";

const id = z.string().min(1).max(64);
const body = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(COMMENT_MAX_CHARS, `Comments are limited to ${COMMENT_MAX_CHARS.toLocaleString("en")} characters; split it or link to a document.`);

export const ZAddCommentSchema = z.object({ claimId: id, body, parentId: id.optional() });
export const ZEditCommentSchema = z.object({ commentId: id, body });
export const ZCommentRefSchema = z.object({ commentId: id });
export const ZClaimRefSchema = z.object({ claimId: id });
