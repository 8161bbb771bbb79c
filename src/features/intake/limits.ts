/**
 * Intake limits in one place so the form, the upload parser and the fetcher agree.
 * The numbers are generous for news articles (a long feature is ~50 000 chars)
 * and small enough that one request cannot tie up memory or the analysis queue.
 */

/** Longest article text we accept, in characters (about 2 MB of plain text). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Largest web page (or uploaded file) we read, in bytes; pages carry markup, so more than the text limit. */
export const MAX_FETCH_BYTES = 5_000_000;

/** A page that has not fully arrived after this long is treated as unreachable. */
export const FETCH_TIMEOUT_MS = 10_000;

/** Redirect hops we follow; real articles need one or two (http→https, short link). */
export const MAX_REDIRECTS = 5;

/** "2 MB", "2.4 MB", "800 KB": sizes as a journalist would say them (decimal units). */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) {
    const mb = bytes / 1_000_000;
    return `${Number(mb.toFixed(mb >= 10 ? 0 : 1))} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
