import { html } from "../html";
import type { SummarySnapshot } from "../snapshot";
import { countsSentence } from "../summary-counts";
import { pageUrl, renderDocument, verdictBadge } from "./shared";

/**
 * The compact summary shown in an `<iframe>` on other sites: title, counts, one
 * line per claim, and a way to the full page. Links open in the top window (a
 * full page inside someone else's 420-pixel frame helps nobody). No script, and
 * `noindex`: search engines should find the full page, not this copy of it.
 */
export function renderEmbed(snapshot: SummarySnapshot, opts: { summaryUrl: string }): string {
  const summaryUrl = pageUrl(opts.summaryUrl);
  const title = `Fact-check: ${snapshot.article.title}`;
  const claimUrl = (anchor: string) => (summaryUrl === "#" ? "#" : `${summaryUrl.replace(/#.*$/, "")}#claim-${encodeURIComponent(anchor)}`);
  const body = html`<main class="page">
<h1 dir="auto">${title}</h1>
<p class="counts">${countsSentence(snapshot)}</p>
${snapshot.claims.length
    ? html`<ul class="lines">${snapshot.claims.map(
        (claim) => html`<li>${verdictBadge(claim.rating)} <a href="${claimUrl(claim.anchor)}" target="_top" dir="auto">${claim.wording.trim() || claim.quotedText}</a></li>`,
      )}</ul>`
    : null}
<p><a href="${summaryUrl}" target="_top">Read the full fact-check<span class="vh"> of ${snapshot.article.title}</span></a> · <span class="muted">by <span dir="auto">${snapshot.organization.name}</span></span></p>
</main>`;
  return renderDocument({
    lang: snapshot.article.language,
    title: `${title} · ${snapshot.organization.name}`,
    head: html`<meta name="robots" content="noindex">`,
    body,
    bodyClass: "embed",
  });
}
