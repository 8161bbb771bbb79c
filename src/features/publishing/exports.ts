import { stringify } from "csv-stringify/sync";
import { isoDatePart } from "./claim-review";
import { httpUrl } from "./html";
import type { PublishedClaim, PublishedEvidence, SummarySnapshot } from "./snapshot";
import { countClaims, countsSentence } from "./summary-counts";

/**
 * The published summary in the forms people take it away in: Markdown to paste
 * into a CMS, a public JSON document, and a CSV for spreadsheets. All three are
 * made from the snapshot alone (see snapshot.ts), and treat every piece of its
 * text as hostile, since it comes from articles and from the desk's own editors.
 */
type ExportOptions = { summaryUrl: string };

const UNVERIFIED_LABEL = "Unverified";
const STANCE_TEXT: Record<PublishedEvidence["stance"], string> = {
  SUPPORTS: "supports the claim",
  REFUTES: "refutes the claim",
  CONTEXT: "context",
};

// ---------------------------------------------------------------- Markdown

export function summaryMarkdown(snapshot: SummarySnapshot, { summaryUrl }: ExportOptions): string {
  const { article } = snapshot;
  const source = [
    article.outlet?.trim() ? mdLink(article.outlet, article.url) : article.url ? mdLink("Original article", article.url) : null,
    article.author?.trim() ? `by ${mdInline(article.author)}` : null,
  ].filter((part): part is string => part !== null);
  const checked = `Checked on ${longDate(snapshot.firstPublishedAt)} by ${mdInline(snapshot.organization.name)}`;
  const updated = snapshot.version > 1 ? ` · updated ${longDate(snapshot.publishedAt)}` : "";
  const blocks = [
    `# ${mdInline(article.title)}`,
    ...(source.length ? [source.join(" · ")] : []),
    `${checked}${updated}`,
    `${mdInline(countsSentence(snapshot))}.`,
    ...snapshot.claims.map((claim) => claimMarkdown(claim, summaryUrl)),
    ...(snapshot.corrections.length
      ? ["## Corrections", snapshot.corrections.map((c) => `- ${longDate(c.date)}: ${mdInline(c.note)}`).join("\n")]
      : []),
    `Full fact check: ${mdLink(summaryUrl, summaryUrl)}`,
  ];
  return `${blocks.join("\n\n")}\n`;
}

function claimMarkdown(claim: PublishedClaim, summaryUrl: string): string {
  const sources = claim.evidence.map((e) => {
    const archive = httpUrl(e.archivedUrl) ? ` (${mdLink("archived", e.archivedUrl)})` : "";
    return `- ${mdLink(e.title.trim() || e.url, e.url)} — ${STANCE_TEXT[e.stance]}${archive}`;
  });
  return [
    `## ${mdInline(claim.wording)}`,
    `**${mdInline(claim.rating?.label ?? UNVERIFIED_LABEL)}**`,
    mdBlock(claim.quotedText)
      .split("\n")
      .map((line) => (line ? `> ${line}` : ">"))
      .join("\n"),
    ...(claim.rationale.trim() ? [mdBlock(claim.rationale)] : []),
    ...(sources.length ? ["Sources:", sources.join("\n")] : []),
    mdLink("Link to this claim", `${summaryUrl}#claim-${encodeURIComponent(claim.anchor)}`),
  ].join("\n\n");
}

/**
 * Markdown-significant characters get a backslash (CommonMark lets any ASCII
 * punctuation be escaped so), which keeps user text from becoming links, images,
 * emphasis, tables or raw HTML. `&` too, or "&lt;" would show as "<".
 */
function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}

/** Marks that only mean something at the start of a line: headings, lists, quotes, setext rules. */
function mdEscapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** For one-line places (headings, labels, list items): newlines would start new blocks. */
function mdInline(text: string): string {
  return mdEscapeLineStart(mdEscape(text.replace(/\s+/g, " ").trim()));
}

/** Keeps paragraphs; leading spaces go, since four of them would make a code block. */
function mdBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => mdEscapeLineStart(mdEscape(line.trim())))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A link only for http(s) URLs; anything else (javascript:, data:) stays plain text. */
function mdLink(text: string, url: string | null): string {
  const href = httpUrl(url);
  const label = mdInline(text);
  // Parentheses and backslashes would end or bend the link destination; URL already encoded the rest.
  return href ? `[${label}](${href.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : label;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2 May 2024" (UTC): unambiguous for readers anywhere, which 02/05/2024 is not. */
function longDate(iso: string): string {
  const day = isoDatePart(iso);
  if (!day) return mdInline(iso);
  const [year, month, date] = day.split("-").map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

// ---------------------------------------------------------------- JSON

/**
 * The public JSON document (GET …/summary.json). A stable shape of its own, not
 * the stored snapshot, so that the snapshot can change without breaking anyone
 * who reads this; `schemaVersion` changes only when a field is removed or changes
 * meaning. Dates are ISO 8601; URLs that are not http(s) are null.
 */
export type PublicSummaryJson = {
  schemaVersion: 1;
  /** The public page. */
  url: string;
  slug: string;
  /** Publication version: 1 for the first, +1 for each republication. */
  version: number;
  publishedAt: string;
  firstPublishedAt: string;
  article: { title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: string | null; language: string };
  publisher: { name: string; url: string | null; logoUrl: string | null };
  methodology: string;
  correctionsPolicy: string;
  /** The range of rating values: higher is truer. */
  scale: { best: number; worst: number };
  counts: { total: number; verified: number; unverified: number; byRating: { label: string; count: number }[] };
  claims: {
    id: string;
    url: string;
    quotedText: string;
    wording: string;
    /** Null when unverified; value null for ratings off the scale ("Unverifiable"). */
    rating: { label: string; value: number | null } | null;
    rationale: string;
    reviewedAt: string | null;
    evidence: {
      title: string;
      url: string | null;
      archivedUrl: string | null;
      quote: string;
      stance: PublishedEvidence["stance"];
      sourceType: PublishedEvidence["sourceType"];
    }[];
  }[];
  corrections: { date: string; version: number; claimId: string | null; claimWording: string | null; note: string; ratingBefore: string | null; ratingAfter: string | null }[];
};

export function summaryJson(snapshot: SummarySnapshot, { summaryUrl }: ExportOptions): PublicSummaryJson {
  const { article, organization } = snapshot;
  const counts = countClaims(snapshot);
  return {
    schemaVersion: 1,
    url: summaryUrl,
    slug: snapshot.slug,
    version: snapshot.version,
    publishedAt: snapshot.publishedAt,
    firstPublishedAt: snapshot.firstPublishedAt,
    article: { title: article.title, outlet: article.outlet, author: article.author, url: httpUrl(article.url), publishedAt: article.publishedAt, language: article.language },
    publisher: { name: organization.name, url: httpUrl(organization.url), logoUrl: httpUrl(organization.logoUrl) },
    methodology: snapshot.methodology,
    correctionsPolicy: snapshot.correctionsPolicy,
    scale: { best: snapshot.scale.best, worst: snapshot.scale.worst },
    counts: {
      total: counts.total,
      verified: counts.verified,
      unverified: counts.unverified,
      byRating: counts.byRating.map(({ label, count }) => ({ label, count })),
    },
    claims: snapshot.claims.map((claim) => ({
      id: claim.anchor,
      url: `${summaryUrl}#claim-${encodeURIComponent(claim.anchor)}`,
      quotedText: claim.quotedText,
      wording: claim.wording,
      rating: claim.rating ? { label: claim.rating.label, value: claim.rating.value } : null,
      rationale: claim.rationale,
      reviewedAt: claim.reviewedAt,
      evidence: claim.evidence.map((e) => ({
        title: e.title,
        url: httpUrl(e.url),
        archivedUrl: httpUrl(e.archivedUrl),
        quote: e.quote,
        stance: e.stance,
        sourceType: e.sourceType,
      })),
    })),
    corrections: snapshot.corrections.map((c) => ({
      date: c.date,
      version: c.version,
      claimId: c.anchor,
      claimWording: c.wording,
      note: c.note,
      ratingBefore: c.before,
      ratingAfter: c.after,
    })),
  };
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = ["claim_id", "wording", "quoted_text", "rating", "rating_value", "rationale", "sources"] as const;

/**
 * One row per claim, RFC 4180 (CRLF, quoted as needed) with a UTF-8 BOM so that
 * Excel reads accents and right-to-left text correctly instead of guessing a
 * legacy encoding.
 *
 * Formula injection: spreadsheets run a cell that starts with `=`, `+`, `-`, `@`
 * (or tab/CR before one) as a formula, so a quote such as `=HYPERLINK(...)` from
 * an article could run in an editor's spreadsheet. csv-stringify's
 * escape_formulas prefixes such cells with `'`, which makes them text (OWASP's
 * advice); numbers, such as a negative rating value, are left as numbers.
 */
export function summaryCsv(snapshot: SummarySnapshot): string {
  const rows = snapshot.claims.map((claim) => [
    claim.anchor,
    claim.wording,
    claim.quotedText,
    claim.rating?.label ?? UNVERIFIED_LABEL,
    claim.rating?.value ?? null,
    claim.rationale,
    claim.evidence.map((e) => `${e.title} <${e.url}>`).join("; "),
  ]);
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: "windows",
    // Quote any cell holding a lone \n or \r as well: with a custom record_delimiter
    // csv-stringify would otherwise quote only "\r\n", and the row would split.
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
