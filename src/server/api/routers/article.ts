import { z } from "zod";
import { createArticle } from "@/features/articles/create-article";
import { getArticleWorkspace } from "@/features/articles/get-article";
import { getArticleBoard } from "@/features/articles/get-article-board";
import { listArticles } from "@/features/articles/list-articles";
import { ZArticleFieldsSchema, ZArticleIdSchema, ZImportUrlSchema, ZUpdateTextSchema, ZUploadSchema } from "@/features/articles/schemas";
import { updateArticleText } from "@/features/articles/update-article-text";
import { readFetchAllowlist } from "@/features/intake/fetch-allowlist";
import { importArticleFromUrl } from "@/features/intake/import-from-url";
import { parseUploadedFile } from "@/features/intake/parse-upload";
import { createTRPCRouter, workspaceProcedure } from "../trpc";

export const articleRouter = createTRPCRouter({
  list: workspaceProcedure("VIEWER")
    .input(z.object({ take: z.number().int().min(1).max(200).optional() }))
    .query(({ ctx, input }) => listArticles(ctx.db, ctx.workspaceId, input)),
  get: workspaceProcedure("VIEWER").input(ZArticleIdSchema).query(({ ctx, input }) => getArticleWorkspace(ctx.db, ctx.workspaceId, input.articleId, ctx.workspaceSeq)),
  /** The claims of an article with holders, statuses, verdicts and counts: what every viewer refetches on each change. */
  board: workspaceProcedure("VIEWER").input(ZArticleIdSchema).query(({ ctx, input }) => getArticleBoard(ctx.db, ctx.workspaceId, input.articleId, ctx.workspaceSeq)),
  create: workspaceProcedure("EDITOR")
    .input(ZArticleFieldsSchema)
    .mutation(({ ctx, input }) => createArticle(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input)),
  replaceText: workspaceProcedure("EDITOR")
    .input(ZUpdateTextSchema)
    .mutation(({ ctx, input }) => updateArticleText(ctx.db, { workspaceId: ctx.workspaceId, actorId: ctx.userId }, input)),
  /** Fetches a page and extracts the article; nothing is stored until `create`. */
  importUrl: workspaceProcedure("EDITOR")
    .input(ZImportUrlSchema)
    .mutation(({ input }) => importArticleFromUrl(input.url, { allowlist: readFetchAllowlist(process.env) })),
  /** Reads an uploaded .txt/.md/.html file into a draft; nothing is stored until `create`. */
  parseUpload: workspaceProcedure("EDITOR")
    .input(ZUploadSchema)
    .mutation(({ input }) => parseUploadedFile({ name: input.name, bytes: new Uint8Array(Buffer.from(input.contentBase64, "base64")) })),
});
