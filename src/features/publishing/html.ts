/**
 * A tiny HTML templating helper for the public pages that are rendered on the
 * server without React (the embed, plain summary pages). Everything interpolated
 * is escaped unless it is SafeHtml made by this module, so the desk's text and
 * the article's text (all of it user-controlled) can only ever end up as text.
 *
 *   html`<a href="${safeUrl(source.url)}">${source.title}</a>`
 *
 * Escaping makes a value safe in element content and in QUOTED attribute values;
 * always quote attributes (an unquoted value can be broken out of with a space),
 * and put URLs through safeUrl (escaping does not stop `javascript:`).
 */

/**
 * Marks SafeHtml as made here. A plain `{ __html }` (from parsed JSON, say) must
 * not pass as trusted markup, and a module-private symbol cannot be forged.
 */
const TRUSTED = Symbol("SafeHtml");

/** `__html` so that it can also go straight into React's dangerouslySetInnerHTML. */
export type SafeHtml = { readonly __html: string; readonly [TRUSTED]: true };

/** What may be interpolated; `true` is left out on purpose (`${cond && x}` should not print "true"). */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Old IE treated a backtick as an attribute quote; escaping it costs nothing.
  "`": "&#96;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === "object" && value !== null && TRUSTED in value;
}

/**
 * Markup that is already safe for where it goes, taken as is: only for strings
 * this codebase escaped itself for that context (e.g. jsonLdScript's output inside
 * `<script type="application/ld+json">`, where HTML escaping would corrupt the JSON).
 */
export function trustedHtml(markup: string): SafeHtml {
  return Object.freeze({ __html: markup, [TRUSTED]: true as const });
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += renderValue(value) + (strings[i + 1] ?? "");
  });
  return trustedHtml(out);
}

export function render(fragment: SafeHtml): string {
  return fragment.__html;
}

/**
 * The URL, normalised, when it is an absolute http(s) URL; otherwise null.
 * Parsing (rather than testing a prefix) sees through the tricks browsers also
 * see through: leading spaces, tabs or newlines inside "java\tscript:", upper case.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

/** For href/src attributes: the URL when it is http(s), otherwise "#" (a dead link, never a script). */
export function safeUrl(url: string | null | undefined): string {
  return httpUrl(url) ?? "#";
}

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (isSafeHtml(value)) return value.__html;
  if (Array.isArray(value)) return value.map((v: HtmlValue) => renderValue(v)).join("");
  return escapeHtml(String(value));
}
