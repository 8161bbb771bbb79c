/**
 * The one stylesheet of the public pages, inlined in a `<style>` element: no
 * request, no web font, no framework, so a summary paints on a cheap phone on a
 * slow connection as soon as its HTML arrives. Logical properties throughout
 * (`margin-inline-start`, `border-inline-start`), so a right-to-left page lays
 * out correctly without a second stylesheet. Colours pass WCAG AA in both
 * schemes; a verdict never relies on colour: every badge also carries an icon
 * and its label (see `verdictBadge`).
 */
export const PUBLIC_STYLES = `
:root{color-scheme:light dark;--fg:#18181b;--bg:#fff;--muted:#52525b;--link:#1d4ed8;--rule:#d4d4d8;--card:#fafafa;--focus:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--fg:#f4f4f5;--bg:#121214;--muted:#a1a1aa;--link:#93c5fd;--rule:#3f3f46;--card:#1c1c20;--focus:#93c5fd}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
.page{max-width:42rem;margin-inline:auto;padding:1rem 1rem 3rem}
h1,h2,h3{line-height:1.25;margin-block:1.5em .5em}
h1{font-size:1.75rem;margin-block-start:.5em}
h2{font-size:1.3rem}
h3{font-size:1rem}
p,ul,ol,blockquote,pre{margin-block:0 1em}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.skip{position:absolute;inset-inline-start:1rem;top:-100px;background:var(--bg);padding:.5rem 1rem;z-index:1}
.skip:focus{top:1rem}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.muted{color:var(--muted)}
.meta{color:var(--muted);font-size:.9375rem;margin-block-end:.25em}
.counts{font-weight:600;border-block:1px solid var(--rule);padding-block:.5em;margin-block:1em}
.claim{background:var(--card);border:1px solid var(--rule);border-radius:.5rem;padding:1rem;margin-block:1.25rem}
.claim>h2{margin-block-start:.5em}
blockquote{margin-inline:0;padding-inline-start:1em;border-inline-start:4px solid var(--rule);font-style:italic}
.pending{font-style:italic;color:var(--muted)}
.sources{padding-inline-start:1.25em}
.sources li{margin-block-end:.75em}
.sources blockquote{font-size:.9375rem;margin-block:.25em 0}
.items{list-style:none;padding:0}
.items li{border-block-end:1px solid var(--rule);padding-block:.75em}
.items h2{margin-block:0 .25em;font-size:1.15rem}
.lines{list-style:none;padding:0}
.lines li{display:flex;gap:.5em;align-items:baseline;margin-block:.4em}
pre{background:var(--card);border:1px solid var(--rule);border-radius:.375rem;padding:.75rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.875rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
footer{border-block-start:1px solid var(--rule);margin-block-start:2.5rem;font-size:.9375rem}
.badge{display:inline-flex;gap:.35em;align-items:center;padding:.1em .6em;border:2px solid var(--b-bd);border-radius:999px;background:var(--b-bg);color:var(--b-fg);font-size:.875rem;font-weight:700;white-space:nowrap}
.b-green{--b-bg:#f0fdf4;--b-fg:#14532d;--b-bd:#15803d}
.b-teal{--b-bg:#f0fdfa;--b-fg:#134e4a;--b-bd:#0f766e}
.b-amber{--b-bg:#fffbeb;--b-fg:#451a03;--b-bd:#d97706}
.b-red{--b-bg:#fef2f2;--b-fg:#7f1d1d;--b-bd:#b91c1c}
.b-grey{--b-bg:#f4f4f5;--b-fg:#18181b;--b-bd:#71717a}
.b-none{--b-bg:transparent;--b-fg:#3f3f46;--b-bd:#71717a;border-style:dashed}
@media (prefers-color-scheme:dark){
.b-green{--b-bg:#052e16;--b-fg:#dcfce7;--b-bd:#22c55e}
.b-teal{--b-bg:#042f2e;--b-fg:#ccfbf1;--b-bd:#14b8a6}
.b-amber{--b-bg:#451a03;--b-fg:#fef3c7;--b-bd:#f59e0b}
.b-red{--b-bg:#450a0a;--b-fg:#fee2e2;--b-bd:#ef4444}
.b-grey{--b-bg:#27272a;--b-fg:#f4f4f5;--b-bd:#a1a1aa}
.b-none{--b-fg:#d4d4d8;--b-bd:#a1a1aa}
}
.embed .page{padding:.75rem}
.embed h1{font-size:1.15rem;margin-block:0 .25em}
.embed .counts{font-size:.9375rem}
@media print{
:root{--fg:#000;--bg:#fff;--muted:#333;--link:#000;--rule:#999;--card:#fff}
body{font-size:11pt}
.page{max-width:none;padding:0}
.skip,.no-print{display:none}
.claim{break-inside:avoid;border-color:#999}
.badge{--b-bg:transparent!important;--b-fg:#000!important;color:#000}
.sources a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
}
`
  .trim()
  .replace(/\n/g, "");
