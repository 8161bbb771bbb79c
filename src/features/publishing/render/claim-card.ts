import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/features/evidence/schemas";
import { html, httpUrl, type SafeHtml } from "../html";
import type { PublishedClaim, PublishedCorrection, PublishedEvidence } from "../snapshot";
import { paragraphs, timeTag, verdictBadge } from "./shared";

/** The claim cards and the corrections list of a public summary. */

/** Links that leave for sources we cite but do not vouch for: no referrer, no ranking credit, no window.opener. */
const EXTERNAL_REL = "nofollow noopener noreferrer";

/** `claim-<anchor>` for the id attribute; the fragment in a link is percent-encoded (as in the ClaimReview url). */
export function claimId(anchor: string): string {
  return `claim-${anchor}`;
}

export function claimHref(anchor: string): string {
  return `#claim-${encodeURIComponent(anchor)}`;
}

export function claimCard(claim: PublishedClaim): SafeHtml {
  const rationale = claim.rating ? paragraphs(claim.rationale) : [];
  return html`<article class="claim" id="${claimId(claim.anchor)}">
${verdictBadge(claim.rating)}
<h2 dir="auto">${claim.wording.trim() || claim.quotedText}</h2>
${claim.quotedText.trim() ? html`<blockquote dir="auto"><p><span class="vh">The article says: </span>${claim.quotedText}</p></blockquote>` : null}
${claim.rating ? rationale : html`<p class="pending">Not yet verified</p>`}
${claim.rating && claim.evidence.length > 0 ? sourcesList(claim) : null}
</article>`;
}

function sourcesList(claim: PublishedClaim): SafeHtml {
  return html`<h3>Sources</h3>
<ul class="sources">${claim.evidence.map(sourceItem)}</ul>`;
}

function sourceItem(source: PublishedEvidence): SafeHtml {
  const url = httpUrl(source.url);
  const archived = httpUrl(source.archivedUrl);
  const title = source.title.trim() || url || "Untitled source";
  const stance = STANCE_LABELS[source.stance] ?? "Context";
  const type = SOURCE_TYPE_LABELS[source.sourceType] ?? SOURCE_TYPE_LABELS.OTHER;
  return html`<li>
${url ? html`<a href="${url}" rel="${EXTERNAL_REL}" dir="auto">${title}</a>` : html`<span dir="auto">${title}</span>`}
<div class="meta"><span class="vh">Stance: </span>${stance} · ${type}${archived ? html` · <a href="${archived}" rel="${EXTERNAL_REL}">archived copy<span class="vh"> of ${title}</span></a>` : null}</div>
${source.quote.trim() ? html`<blockquote dir="auto">${paragraphs(source.quote)}</blockquote>` : null}
</li>`;
}

/**
 * The corrections, oldest first as recorded. A correction names its claim by
 * wording and links to it only while the claim is still on the page.
 */
export function correctionsSection(corrections: readonly PublishedCorrection[], anchors: ReadonlySet<string>): SafeHtml | null {
  if (corrections.length === 0) return null;
  return html`<section aria-labelledby="corrections">
<h2 id="corrections">Corrections</h2>
<ul class="items">${corrections.map((c) => correctionItem(c, anchors))}</ul>
</section>`;
}

function correctionItem(correction: PublishedCorrection, anchors: ReadonlySet<string>): SafeHtml {
  const wording = correction.wording?.trim();
  const claim = wording
    ? correction.anchor && anchors.has(correction.anchor)
      ? html`<a href="${claimHref(correction.anchor)}" dir="auto">${wording}</a>`
      : html`<span dir="auto">${wording}</span>`
    : null;
  const changed = correction.before && correction.after && correction.before !== correction.after;
  return html`<li>
<p class="meta">${timeTag(correction.date)}${claim ? html` · ${claim}` : null}</p>
${changed ? html`<p>Rating changed from <strong dir="auto">${correction.before}</strong> to <strong dir="auto">${correction.after}</strong></p>` : null}
${paragraphs(correction.note)}
</li>`;
}
