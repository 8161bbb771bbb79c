import { html } from "../html";
import { formatDate, renderDocument, timeTag } from "./shared";

/** What a withdrawn summary's address answers (410 Gone): that it was withdrawn, and when. */
export function renderGonePage(input: { title: string; unpublishedAt: string | Date }): string {
  const when = formatDate(input.unpublishedAt) ? html` on ${timeTag(input.unpublishedAt)}` : null;
  return renderDocument({
    lang: "en",
    title: "Fact-check withdrawn",
    head: html`<meta name="robots" content="noindex">`,
    body: html`<main class="page">
<h1>Fact-check withdrawn</h1>
<p>This fact-check was withdrawn${when}.</p>
<p class="muted">It covered: <span dir="auto">${input.title}</span></p>
</main>`,
  });
}

/** Any public address with nothing behind it (404). */
export function renderNotFoundPage(): string {
  return renderDocument({
    lang: "en",
    title: "Page not found",
    head: html`<meta name="robots" content="noindex">`,
    body: html`<main class="page">
<h1>Page not found</h1>
<p>There is no fact-check at this address. Check the link, or ask whoever shared it for a new one.</p>
</main>`,
  });
}
