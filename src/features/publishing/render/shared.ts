import type { Rating, RatingTone } from "@/features/verdicts/rating-scale";
import { isoDatePart } from "../claim-review";
import { html, httpUrl, render, trustedHtml, type SafeHtml } from "../html";
import { PUBLIC_STYLES } from "./public-styles";

/** Building blocks shared by the public pages: the document shell, dates, paragraphs, the verdict badge. */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "8 October 2021" (UTC, en-GB order), or null when it is not a date. Written
 * out by hand rather than with Intl so that the page reads the same on every
 * server, whatever locale data its Node build ships with.
 */
export function formatDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `<time datetime="2021-10-08">8 October 2021</time>`, or nothing for a missing or broken date. */
export function timeTag(value: string | Date | null | undefined): SafeHtml | null {
  const text = formatDate(value);
  if (!text) return null;
  const iso = isoDatePart(value instanceof Date ? value.toISOString() : (value ?? null));
  return html`<time datetime="${iso}">${text}</time>`;
}

/** Plain text as paragraphs: split on blank lines, single line breaks kept. */
export function paragraphs(text: string, attrs: { className?: string } = {}): SafeHtml[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split("\n").map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
      return html`<p dir="auto"${attrs.className ? html` class="${attrs.className}"` : ""}>${lines}</p>`;
    });
}

/**
 * For links to our own pages, which may be given absolute (http/https) or as a
 * path from the site root; anything else (another scheme, a protocol-relative
 * `//host`, a backslash trick) becomes "#".
 */
export function pageUrl(url: string | null | undefined): string {
  if (!url) return "#";
  if (/^\/(?![/\\])[^\s\\]*$/.test(url)) return url;
  return httpUrl(url) ?? "#";
}

/**
 * A `lang` value that validators accept: a BCP 47-shaped tag, else English (the
 * language of the page's own words). A broken tag fails Lighthouse's audit and
 * can make a screen reader pick the wrong voice.
 */
export function langTag(lang: string | null | undefined): string {
  const tag = lang?.trim() ?? "";
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag) ? tag : "en";
}

const BADGE: Record<RatingTone, string> = { green: "✓", teal: "≈", amber: "!", red: "✗", grey: "?" };

/**
 * The verdict badge: icon (hidden from screen readers, which hear the label),
 * label and tone colour, so it reads the same in greyscale, in print and aloud.
 * Null is "Unverified": outline only.
 */
export function verdictBadge(rating: Pick<Rating, "label" | "tone"> | null): SafeHtml {
  const tone: RatingTone | null = rating ? (rating.tone in BADGE ? rating.tone : "grey") : null;
  const icon = tone ? BADGE[tone] : "–";
  return html`<span class="badge b-${tone ?? "none"}"><span aria-hidden="true">${icon}</span><span class="vh">Verdict: </span><span dir="auto">${rating ? rating.label : "Unverified"}</span></span>`;
}

export type DocumentParts = {
  lang: string;
  title: string;
  /** Extra `<head>` content (meta tags, links, the JSON-LD block). */
  head?: SafeHtml | null;
  body: SafeHtml;
  bodyClass?: string;
};

/** A complete HTML document with the inline stylesheet and no script of its own. */
export function renderDocument(parts: DocumentParts): string {
  return render(html`<!doctype html>
<html lang="${langTag(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${parts.title}</title>
${parts.head ?? null}
<style>${STYLES}</style>
</head>
<body${parts.bodyClass ? html` class="${parts.bodyClass}"` : ""}>
${parts.body}
</body>
</html>
`);
}

/**
 * The stylesheet is our own constant, not user text, and HTML-escaping would
 * break it (the quotes in `content: " ("`). `</style` is the one thing that
 * could end the element early; it cannot be in there, but check rather than trust.
 */
function styleElementContent(): SafeHtml {
  if (/<\/style/i.test(PUBLIC_STYLES)) throw new Error("The public stylesheet must not contain </style.");
  return trustedHtml(PUBLIC_STYLES);
}

const STYLES = styleElementContent();
