/**
 * bench/public-page: what a reader's phone pays for a public summary, next to
 * a baseline page of the same app in the same run (the sign-in page, an
 * ordinary Next.js App Router page with its client runtime):
 *   - JavaScript transferred (every script, gzipped), HTML gzipped;
 *   - Lighthouse mobile performance and accessibility scores (Debian's Chromium).
 * Targets for /s/<slug>: JS ≤ 50 KB gzipped, performance ≥ 95, accessibility 100.
 *
 * Needs a running app: `npm start` in another terminal (BENCH_URL, default http://localhost:3000).
 * Run: npm run bench:public
 */
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { parseHTML } from "linkedom";

const BASE = (process.env.BENCH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Every script the page loads (external and inline), gzipped as a server would send it. */
async function scriptBytes(url: string, html: string): Promise<{ scripts: number; gzipped: number }> {
  const { document } = parseHTML(html);
  let gzipped = 0;
  let scripts = 0;
  for (const script of document.querySelectorAll("script")) {
    const type = script.getAttribute("type");
    if (type && !/javascript|module/.test(type)) continue; // JSON-LD and other data blocks do not run
    scripts++;
    const src = script.getAttribute("src");
    const code = src ? await fetchText(new URL(src, url).href) : (script.textContent ?? "");
    gzipped += gzipSync(code).length;
  }
  return { scripts, gzipped };
}

async function firstSummaryUrl(): Promise<string> {
  const { document } = parseHTML(await fetchText(`${BASE}/s`));
  const link = [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!).find((h) => /^\/s\/[^/?#.]+$/.test(new URL(h, BASE).pathname));
  if (!link) throw new Error("No published summary at /s: start the app with the demo data (npm start).");
  return new URL(link, BASE).href;
}

const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const pages = [
  { name: "public summary /s/<slug>", url: await firstSummaryUrl() },
  { name: "baseline: /sign-in (Next page)", url: `${BASE}/sign-in` },
];
const rows = [];
try {
  for (const page of pages) {
    const html = await fetchText(page.url);
    const js = await scriptBytes(page.url, html);
    const result = await lighthouse(page.url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], formFactor: "mobile", screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
    const categories = result?.lhr.categories;
    const failed = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && result?.lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id)).map((a) => a.id);
    rows.push({
      page: page.name,
      "scripts": js.scripts,
      "JS gzipped (KB)": +(js.gzipped / 1024).toFixed(1),
      "HTML gzipped (KB)": +(gzipSync(html).length / 1024).toFixed(1),
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      "a11y audits failed": failed.join(", ") || "none",
    });
  }
} finally {
  chrome.kill();
}
console.table(rows);
console.log("Targets for the public summary: JS ≤ 50 KB gzipped, Lighthouse mobile performance ≥ 95, accessibility 100.");
