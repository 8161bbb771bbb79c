import { html, type SafeHtml } from "../html";
import { pageUrl, renderDocument, timeTag } from "./shared";

export type IndexItem = {
  slug: string;
  url: string;
  title: string;
  outlet: string | null;
  workspaceName: string;
  /** The desk's own index. */
  workspaceUrl: string;
  /** ISO. */
  publishedAt: string;
  countsSentence: string;
};

export type IndexPageOptions = {
  heading: string;
  feedUrl: string;
  /** Back to every desk's summaries, when this list is one desk's; null on the full list. */
  allUrl: string | null;
};

/** The list of published summaries, in the order given (newest first). */
export function renderIndexPage(items: readonly IndexItem[], opts: IndexPageOptions): string {
  const feedUrl = pageUrl(opts.feedUrl);
  const body = html`<div class="page">
<a class="skip" href="#main">Skip to the list</a>
<header>
<h1 dir="auto">${opts.heading}</h1>
<p class="meta"><a href="${feedUrl}">Subscribe to the Atom feed</a>${opts.allUrl ? html` · <a href="${pageUrl(opts.allUrl)}">All published fact-checks</a>` : null}</p>
</header>
<main id="main">
${items.length ? html`<ol class="items">${items.map(indexItem)}</ol>` : html`<p>Nothing published yet.</p>`}
</main>
</div>`;
  return renderDocument({
    lang: "en",
    title: opts.heading,
    head: html`<meta name="description" content="${`${opts.heading}: fact-checks published with Factdesk.`}">
<link rel="alternate" type="application/atom+xml" title="${opts.heading}" href="${feedUrl}">`,
    body,
  });
}

function indexItem(item: IndexItem): SafeHtml {
  const outlet = item.outlet?.trim();
  return html`<li>
<h2><a href="${pageUrl(item.url)}" dir="auto">${item.title}</a></h2>
<p class="meta">${outlet ? html`<span dir="auto">${outlet}</span> · ` : null}Checked by <a href="${pageUrl(item.workspaceUrl)}" dir="auto">${item.workspaceName}</a>${timeTag(item.publishedAt) ? html` on ${timeTag(item.publishedAt)}` : null}</p>
<p>${item.countsSentence}</p>
</li>`;
}
