import { buildClaimReviews, jsonLdScript } from "../claim-review";
import { html, httpUrl, render, trustedHtml, type SafeHtml } from "../html";
import type { SummarySnapshot } from "../snapshot";
import { countsSentence } from "../summary-counts";
import { claimCard, correctionsSection } from "./claim-card";
import { pageUrl, paragraphs, renderDocument, timeTag } from "./shared";

export type SummaryPageOptions = {
  /** Absolute URL of this page (canonical, og:url, ClaimReview urls). */
  summaryUrl: string;
  /** Absolute URL of the embeddable version, for the copy-paste snippet. */
  embedUrl: string;
  exportUrls: { markdown: string; json: string; csv: string };
  /** The list of published summaries. */
  indexUrl: string;
  /** The Atom feed, announced in the head and linked in the footer. */
  feedUrl: string;
  workspaceName: string;
};

/**
 * The public fact-check page: a complete HTML document rendered from the
 * snapshot alone, with no script but the ClaimReview JSON-LD data block.
 */
export function renderSummaryPage(snapshot: SummarySnapshot, opts: SummaryPageOptions): string {
  const { article, organization } = snapshot;
  const title = `Fact-check: ${article.title}`;
  const counts = countsSentence(snapshot);
  const anchors = new Set(snapshot.claims.map((c) => c.anchor));
  const body = html`<div class="page">
<a class="skip" href="#main">Skip to the fact-check</a>
${pageHeader(snapshot, counts)}
<main id="main">
${snapshot.claims.length ? snapshot.claims.map(claimCard) : html`<p>No claims have been checked yet.</p>`}
${correctionsSection(snapshot.corrections, anchors)}
${textSection("how-we-check", "How we check", snapshot.methodology)}
${textSection("corrections-policy", "Corrections policy", snapshot.correctionsPolicy)}
</main>
${pageFooter(snapshot, opts)}
</div>`;
  return renderDocument({ lang: article.language, title: `${title} · ${organization.name}`, head: pageHead(snapshot, opts, title, counts), body });
}

function pageHead(snapshot: SummarySnapshot, opts: SummaryPageOptions, title: string, description: string): SafeHtml {
  const url = pageUrl(opts.summaryUrl);
  const reviews = buildClaimReviews(snapshot, { summaryUrl: opts.summaryUrl });
  return html`<meta name="description" content="${description}">
<link rel="canonical" href="${url}">
<link rel="alternate" type="application/atom+xml" title="Published fact-checks" href="${pageUrl(opts.feedUrl)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${snapshot.organization.name}">
<meta property="article:published_time" content="${snapshot.firstPublishedAt}">
<meta property="article:modified_time" content="${snapshot.publishedAt}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
${reviews.length ? html`<script type="application/ld+json">${trustedHtml(jsonLdScript(reviews))}</script>` : null}`;
}

function pageHeader(snapshot: SummarySnapshot, counts: string): SafeHtml {
  const { article, organization } = snapshot;
  const outlet = article.outlet?.trim();
  const author = article.author?.trim();
  const articleUrl = httpUrl(article.url);
  const orgUrl = httpUrl(organization.url);
  const org = orgUrl ? html`<a href="${orgUrl}" dir="auto">${organization.name}</a>` : html`<span dir="auto">${organization.name}</span>`;
  const published = timeTag(article.publishedAt);
  const byline = [
    outlet ? html`<span dir="auto">${outlet}</span>` : null,
    author ? html`by <span dir="auto">${author}</span>` : null,
    published ? html`published ${published}` : null,
  ].filter((part): part is SafeHtml => part !== null);
  return html`<header>
<h1 dir="auto">${article.title}</h1>
${byline.length ? html`<p class="meta">${joinWith(byline, " · ")}</p>` : null}
${articleUrl ? html`<p class="meta"><a href="${articleUrl}" rel="nofollow noopener noreferrer">Read the original article</a></p>` : null}
<p class="meta">Checked by ${org} on ${timeTag(snapshot.firstPublishedAt)}${snapshot.version > 1 ? html` · Updated ${timeTag(snapshot.publishedAt)}` : null}</p>
<p class="counts">${counts}</p>
</header>`;
}

function textSection(id: string, heading: string, text: string): SafeHtml | null {
  const body = paragraphs(text);
  if (body.length === 0) return null;
  return html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${body}
</section>`;
}

function pageFooter(snapshot: SummarySnapshot, opts: SummaryPageOptions): SafeHtml {
  return html`<footer>
<h2 id="downloads">Download this fact-check</h2>
<ul>
<li><a href="${pageUrl(opts.exportUrls.markdown)}">Download as Markdown</a></li>
<li><a href="${pageUrl(opts.exportUrls.json)}">Download as JSON</a></li>
<li><a href="${pageUrl(opts.exportUrls.csv)}">Download as CSV (spreadsheet)</a></li>
</ul>
<div class="no-print">
<h2 id="embed">Embed this fact-check</h2>
<p>Copy this code into your page:</p>
<pre><code>${embedSnippet(snapshot, opts.embedUrl)}</code></pre>
</div>
<p>Published by the <span dir="auto">${opts.workspaceName}</span> desk. <a href="${pageUrl(opts.indexUrl)}">Browse all published fact-checks</a> · <a href="${pageUrl(opts.feedUrl)}">Subscribe to the Atom feed</a></p>
</footer>`;
}

/**
 * The `<iframe>` markup a reader copies, shown as text: built here as markup
 * (its attribute values escaped once) and then escaped again, as a whole, by
 * `html` when it is shown, so what is copied is exactly valid markup.
 */
export function embedSnippet(snapshot: SummarySnapshot, embedUrl: string): string {
  const src = httpUrl(embedUrl) ?? "";
  const attrs = html`src="${src}" title="${`Fact-check: ${snapshot.article.title}`}"`;
  return `<iframe ${render(attrs)} width="100%" height="420" loading="lazy" style="border:0"></iframe>`;
}

function joinWith(parts: SafeHtml[], separator: string): SafeHtml[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [html`${separator}`, part]));
}
