import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { feed, indexPage } from "@/server/public/index-routes";
import { embedPage, summaryExport, summaryPage } from "@/server/public/summary-routes";
import { openTestDatabase } from "../helpers/db";
import { approveClaim, callerFor, createArticle, createDesk } from "../helpers/factories";

const db = (await openTestDatabase()).prisma;
const ORIGIN = "https://factdesk.test";
const get = (path: string) => new Request(`${ORIGIN}${path}`);

const TEXT = "The ministry said 46 people were killed. Officials expect 1,500 families to return.";
const SECRETS = ["SECRET-DRAFT-RATIONALE", "SECRET-INTERNAL-COMMENT", "SECRET-REJECTED-EVIDENCE"];

/** One approved claim and one with a draft verdict, a draft comment and evidence of its own, published. */
async function publishedWithDrafts() {
  const desk = await createDesk(db);
  const ws = desk.workspace.id;
  const article = await createArticle(db, ws, desk.editor.id, { text: TEXT, title: `Public ${Date.now()}` });
  const editor = await callerFor(db, desk.editor);
  const reviewer = await callerFor(db, desk.reviewer);
  const first = await editor.claim.create({ workspaceId: ws, articleId: article.id, start: 0, end: TEXT.indexOf(".") + 1, wording: "46 killed" });
  const second = await editor.claim.create({ workspaceId: ws, articleId: article.id, start: TEXT.indexOf("Officials"), end: TEXT.length, wording: "1,500 families" });
  await reviewer.evidence.add({ workspaceId: ws, claimId: first.id, url: "https://example.org/report", title: "Ministry report", quote: "", stance: "SUPPORTS", sourceType: "OFFICIAL_DOCUMENT" });
  await approveClaim(db, ws, first.id, { reviewer: desk.reviewer, approver: desk.editor }, { rating: "true", rationale: "The report confirms 46." });
  await reviewer.claim.take({ workspaceId: ws, claimId: second.id });
  await reviewer.evidence.add({ workspaceId: ws, claimId: second.id, url: "https://example.org/other", title: "SECRET-REJECTED-EVIDENCE", quote: "", stance: "REFUTES", sourceType: "OTHER" });
  await reviewer.verdict.propose({ workspaceId: ws, claimId: second.id, claimVersion: second.version + 1, rating: "false", rationale: "SECRET-DRAFT-RATIONALE", confidence: 50 });
  await reviewer.comment.add({ workspaceId: ws, claimId: first.id, body: "SECRET-INTERNAL-COMMENT" });
  const { slug } = await editor.publication.publish({ workspaceId: ws, articleId: article.id, includeUnverified: true, corrections: [] });
  return { ...desk, ws, article, slug, editorCaller: editor };
}

describe("public pages", () => {
  it("never contain a draft comment, an unapproved rationale, its evidence or anyone's e-mail: page, JSON-LD, exports, feed, embed", async () => {
    const d = await publishedWithDrafts();
    const responses = [
      await summaryPage(get(`/s/${d.slug}`), d.slug),
      await embedPage(get(`/s/${d.slug}/embed`), d.slug),
      await summaryExport(get(`/s/${d.slug}/export/md`), d.slug, "md"),
      await summaryExport(get(`/s/${d.slug}/export/json`), d.slug, "json"),
      await summaryExport(get(`/s/${d.slug}/export/csv`), d.slug, "csv"),
      await feed(get("/s/feed.xml")),
      await indexPage(get("/s")),
    ];
    for (const response of responses) {
      expect(response.status, response.url).toBe(200);
      const body = await response.text();
      for (const secret of [...SECRETS, d.reviewer.email, d.editor.email, d.admin.email]) expect(body).not.toContain(secret);
    }
    const page = await (await summaryPage(get(`/s/${d.slug}`), d.slug)).text();
    expect(page).toContain("The report confirms 46.");
    expect(page).toContain("Ministry report");
    const { document } = parseHTML(page);
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(JSON.stringify(ld)).not.toContain("SECRET");
    expect((Array.isArray(ld) ? ld : [ld]).map((r: { claimReviewed: string }) => r.claimReviewed)).toEqual(["46 killed"]);
  });

  it("answers 410 Gone once unpublished, 404 for an unknown address, and lets only the embed be framed", async () => {
    const d = await publishedWithDrafts();
    const page = await summaryPage(get(`/s/${d.slug}`), d.slug);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("content-security-policy")).not.toMatch(/script-src[^;]*unsafe/);
    expect((await embedPage(get(`/s/${d.slug}/embed`), d.slug)).headers.get("content-security-policy")).toContain("frame-ancestors *");
    await (await callerFor(db, d.admin)).publication.unpublish({ workspaceId: d.ws, articleId: d.article.id });
    const gone = await summaryPage(get(`/s/${d.slug}`), d.slug);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/withdrawn/i);
    expect((await summaryExport(get(`/s/${d.slug}/export/json`), d.slug, "json")).status).toBe(410);
    expect((await summaryPage(get("/s/no-such-summary"), "no-such-summary")).status).toBe(404);
  });

  it("the per-desk index and feed list only that desk's summaries", async () => {
    const a = await publishedWithDrafts();
    const b = await publishedWithDrafts();
    const index = await (await indexPage(get(`/s?w=${a.workspace.slug}`))).text();
    expect(index).toContain(`/s/${a.slug}`);
    expect(index).not.toContain(`/s/${b.slug}`);
    const atom = await (await feed(get(`/s/feed.xml?w=${b.workspace.slug}`))).text();
    const { document } = parseHTML(atom);
    expect(atom).toContain(`${ORIGIN}/s/${b.slug}`);
    expect(atom).not.toContain(`/s/${a.slug}`);
    expect(document.querySelectorAll("entry").length).toBe(1);
  });
});
