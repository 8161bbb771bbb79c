import { z } from "zod";

const optionalText = (max: number, message: string) =>
  z.string().trim().max(max, message).optional().transform((v) => (v ? v : undefined));

export const ZArticleFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300, "Keep the title under 300 characters."),
  /** Validated and normalised by the intake module (size, emptiness, binary). */
  text: z.string().max(3_000_000, "The article is too long. The limit is 2 MB."),
  sourceUrl: z
    .string()
    .trim()
    .max(2_000)
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ protocol: /^https?$/, message: "Enter the article's web address, starting with http:// or https://." }).optional()),
  outlet: optionalText(200, "Keep the outlet name under 200 characters."),
  author: optionalText(200, "Keep the author under 200 characters."),
  publishedAt: z.coerce
    .date({ message: "Enter a valid date." })
    .min(new Date("1800-01-01T00:00:00Z"), "Enter a date after 1800.")
    .max(new Date("2999-12-31T23:59:59Z"), "Enter a date before the year 3000.")
    .optional(),
  language: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, fa, ps or ar.").optional(),
});
export type TArticleFields = z.infer<typeof ZArticleFieldsSchema>;

export const ZArticleIdSchema = z.object({ articleId: z.string().min(1).max(64) });
export const ZImportUrlSchema = z.object({ url: z.string().trim().min(1, "Enter the address of the article.").max(2_000, "That address is too long.") });
export const ZUploadSchema = z.object({
  name: z.string().trim().min(1).max(255),
  /** File content, base64: JSON transport keeps one code path for every client. */
  contentBase64: z.string().max(4_000_000, "The file is larger than 3 MB."),
});
export const ZUpdateTextSchema = z.object({ articleId: z.string().min(1).max(64), text: z.string().max(3_000_000) });
