import { AppError } from "@/lib/app-error";

/** A trigram index can only narrow a `%…%` match that holds 3 word characters in a row. */
const MIN_RUN = 3;
const WORD_RUN = new RegExp(`[\\p{L}\\p{N}\\p{M}]{${MIN_RUN},}`, "u");

export type SearchQuery = {
  /** Trimmed, NFC (as article text is stored), inner whitespace collapsed: ranks by similarity. */
  text: string;
  /** `%text%` with LIKE's own wildcards escaped: matches the text literally anywhere. */
  likePattern: string;
};

/** `%`, `_` and the escape character itself match literally (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Reads what someone typed into a search: refuses what no index can serve
 * (fewer than 3 letters or digits in a row would scan every claim of the desk),
 * with a message that says what to type instead.
 */
export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (!WORD_RUN.test(text)) {
    throw AppError.validation({
      query: text
        ? `Type at least ${MIN_RUN} letters or digits in a row to search (a name, a place, a number).`
        : "Type something to search for: a word of the claim, a name, a place or a number.",
    });
  }
  return { text, likePattern: `%${escapeLike(text)}%` };
}
