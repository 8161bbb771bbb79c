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

  it("carries an ETag: a reader who holds the page gets 304 with no body, until a new version changes the bytes", async () => {
    const d = await publishedWithDrafts();
    const first = await summaryPage(get(`/s/${d.slug}`), d.slug);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const revalidate = (tag: string) => summaryPage(new Request(`${ORIGIN}/s/${d.slug}`, { headers: { "if-none-match": tag } }), d.slug);
    const notModified = await revalidate(etag);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    const embed = await embedPage(get(`/s/${d.slug}/embed`), d.slug);
    expect(embed.headers.get("etag")).not.toBe(etag);

    await d.editorCaller.publication.publish({ workspaceId: d.ws, articleId: d.article.id, includeUnverified: false, corrections: [] });
    const republished = await revalidate(etag);
    expect(republished.status).toBe(200);
    expect(republished.headers.get("etag")).not.toBe(etag);
    expect(await republished.text()).not.toContain("1,500 families");
  });

  it("reuses a rendered page only while its version, desk and address are unchanged", async () => {
    const d = await publishedWithDrafts();
    const page = () => summaryPage(get(`/s/${d.slug}`), d.slug).then((r) => r.text());
    expect(await page()).toContain(d.workspace.name);
    // Rendering reads the frozen snapshot; the page is served again without reading it while the version stands.
    const publication = await db.publication.findUniqueOrThrow({ where: { slug: d.slug }, include: { versions: true } });
    const snapshot = publication.versions[0]!.snapshot as { article: { title: string } };
    await db.publicationVersion.update({ where: { id: publication.versions[0]!.id }, data: { snapshot: { ...snapshot, article: { ...snapshot.article, title: "Changed behind the page" } } } });
    expect(await page()).not.toContain("Changed behind the page");
    // A renamed desk, another site address, or a new version: rendered afresh.
    await db.workspace.update({ where: { id: d.ws }, data: { name: `${d.workspace.name} renamed` } });
    const renamed = await page();
    expect(renamed).toContain(`${d.workspace.name} renamed`);
    expect(renamed).toContain("Changed behind the page");
    const elsewhere = await (await summaryPage(new Request(`https://mirror.test/s/${d.slug}`), d.slug)).text();
    expect(elsewhere).toContain(`https://mirror.test/s/${d.slug}`);
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
