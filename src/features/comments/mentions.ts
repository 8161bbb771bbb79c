/**
 * Mentions are stored in the comment body as `@[Display Name](user:USER_ID)`,
 * the token the editor's autocomplete inserts. The id keeps the mention pointing
 * at the right person after a rename; the name keeps old comments readable when
 * the person has left the workspace. Pure helpers for the editor and the server.
 */

export const COMMENT_MAX_CHARS = 5_000;

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_NAME_CHARS = 100;
const MAX_QUERY_CHARS = 30;
// One pattern, two modes: sticky for "is there a token right here?" (the
// Markdown parser), global for "every token in the body". The name's length is
// bounded so a body full of "@[" cannot make the search scan far.
const TOKEN_SOURCE = String.raw`@\[([^\]\r\n]{1,${MAX_NAME_CHARS}})\]\(user:([A-Za-z0-9_-]{1,64})\)`;
const TOKEN_HERE = new RegExp(TOKEN_SOURCE, "y");
const TOKEN_ANYWHERE = new RegExp(TOKEN_SOURCE, "g");

export type MentionMatch = { name: string; userId: string; end: number };
export type MentionQuery = { query: string; start: number };

/** The token for one person. Brackets and line breaks would end the name early, so they become spaces. */
export function mentionToken(name: string, userId: string): string {
  // Ids come from the member list, never from typing: a bad one is a bug, not input.
  if (!USER_ID.test(userId)) throw new RangeError(`Not a user id: ${JSON.stringify(userId)}`);
  let clean = name.replace(/[[\]\p{Cc}]/gu, " ").replace(/\s+/g, " ").trim().slice(0, MAX_NAME_CHARS);
  // Cutting at 100 code units must not leave half of an emoji behind.
  if (/[\uD800-\uDBFF]$/.test(clean)) clean = clean.slice(0, -1);
  return `@[${clean.trim() || userId}](user:${userId})`;
}

/** The mention token that starts exactly at `index`, if there is one. */
export function matchMentionAt(text: string, index: number): MentionMatch | null {
  TOKEN_HERE.lastIndex = index;
  const match = TOKEN_HERE.exec(text);
  if (!match) return null;
  const [whole, name = "", userId = ""] = match;
  // "@[ ](user:x)" would render as a bare "@": not a mention anyone meant to write.
  if (!name.trim()) return null;
  return { name, userId, end: index + whole.length };
}

/** The people a body mentions, each once, in the order they first appear. */
export function extractMentionIds(body: string): string[] {
  const ids = new Set<string>();
  for (const [, name = "", userId = ""] of body.matchAll(TOKEN_ANYWHERE)) {
    if (name.trim()) ids.add(userId);
  }
  return [...ids];
}

/**
 * What the user is typing after "@", for the autocomplete: the caret must sit
 * right after "@" plus up to 30 characters without spaces, and the "@" must
 * start a word (so e-mail addresses like ana@example.org do not open the list).
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  if (!Number.isInteger(caret) || caret < 0 || caret > text.length) return null;
  for (let at = caret - 1; at >= 0 && caret - at - 1 <= MAX_QUERY_CHARS; at--) {
    const ch = text.charAt(at);
    if (ch === "@") {
      return at === 0 || /\s/.test(text.charAt(at - 1)) ? { query: text.slice(at + 1, caret), start: at } : null;
    }
    // Brackets mean the caret is inside or after a finished token, not a query.
    if (/[\s[\]]/.test(ch)) return null;
  }
  return null;
}

/**
 * Replaces "@query" (from `start` to `caret`) with the person's token and a
 * space, and returns where the caret goes. An existing space after the caret is
 * reused, so picking a name mid-sentence does not leave two spaces.
 */
export function replaceMentionQuery(
  text: string,
  start: number,
  caret: number,
  name: string,
  userId: string,
): { text: string; caret: number } {
  if (!Number.isInteger(start) || !Number.isInteger(caret) || start < 0 || start > caret || caret > text.length) {
    throw new RangeError(`No mention query between ${start} and ${caret}`);
  }
  const token = mentionToken(name, userId);
  const after = text.slice(caret);
  const spaced = after.startsWith(" ") ? after : ` ${after}`;
  return { text: `${text.slice(0, start)}${token}${spaced}`, caret: start + token.length + 1 };
}
