import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDesk } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;

const TEXT =
  "A suicide bombing on Friday killed 46 Muslims in a mosque in Kunduz, officials said. " +
  "The weather was mild. More than 1.3 million Afghans have fled their homes, the ministry said. " +
  "About 1,500 families will return next month.";

async function deskWithArticle() {
  const desk = await createDesk(db);
  const editor = await callerFor(db, desk.editor);
  const { id } = await editor.article.create({ workspaceId: desk.workspace.id, title: "Kunduz", text: TEXT });
  const article = await editor.article.get({ workspaceId: desk.workspace.id, articleId: id });
  return { ...desk, editorCaller: editor, article, ws: desk.workspace.id };
}

describe("turning text into claims", () => {
  it("a selected span becomes a claim with its quote, facts and default wording; whitespace around it is trimmed", async () => {
    const { editorCaller, article, ws } = await deskWithArticle();
    const start = TEXT.indexOf("More than") - 1;
    const end = TEXT.indexOf("homes") + "homes".length;
    const claim = await editorCaller.claim.create({ workspaceId: ws, articleId: article.id, start, end });
    expect(claim.quotedText).toBe("More than 1.3 million Afghans have fled their homes");
    expect(claim.start).toBe(start + 1);
    expect(claim.wording).toContain("1.3 million");
    expect((claim.facts as { value: number }[]).map((f) => f.value)).toContain(1_300_000);
    expect(claim.sentenceId).toBe(article.sentences.find((s) => s.text.includes("1.3 million"))!.id);
    expect(claim.status).toBe("OPEN");
  });

  it("refuses an empty or out-of-range span, creating nothing", async () => {
    const { editorCaller, article, ws } = await deskWithArticle();
    const empty = await expectTRPCError(editorCaller.claim.create({ workspaceId: ws, articleId: article.id, start: 10, end: 10 }), "BAD_REQUEST");
    expect(empty.message).toMatch(/Select some words/);
    const outside = await expectTRPCError(editorCaller.claim.create({ workspaceId: ws, articleId: article.id, start: 0, end: TEXT.length + 5 }), "BAD_REQUEST");
    expect(outside.message).toMatch(/outside the article/);
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("accepting the top N takes the best suggestions not yet claimed or dismissed", async () => {
    const { editorCaller, article, ws } = await deskWithArticle();
    const weather = article.sentences.find((s) => s.text.startsWith("The weather"))!;
    await editorCaller.claim.dismissSuggestion({ workspaceId: ws, articleId: article.id, sentenceId: weather.id });
    const first = await editorCaller.claim.acceptTop({ workspaceId: ws, articleId: article.id, count: 2 });
    expect(first).toHaveLength(2);
    const rest = await editorCaller.claim.acceptTop({ workspaceId: ws, articleId: article.id, count: 10 });
    expect(rest.map((c) => c.quotedText)).not.toContain(weather.text);
    expect(first.length + rest.length).toBe(article.sentences.length - 1);
    expect(new Set([...first, ...rest].map((c) => c.sentenceId)).size).toBe(first.length + rest.length);
  });

  it("adjusts span and wording, and refuses a write based on an old version with who changed it", async () => {
    const { editorCaller, admin, article, ws } = await deskWithArticle();
    const sentence = article.sentences.find((s) => s.text.includes("1,500"))!;
    const claim = await editorCaller.claim.createFromSuggestion({ workspaceId: ws, articleId: article.id, sentenceId: sentence.id });
    const adminCaller = await callerFor(db, admin);
    const edited = await adminCaller.claim.update({ workspaceId: ws, claimId: claim.id, version: claim.version, wording: "1,500 families to return" });
    expect(edited.version).toBe(claim.version + 1);
    const stale = await expectTRPCError(editorCaller.claim.update({ workspaceId: ws, claimId: claim.id, version: claim.version, wording: "Something else" }), "CONFLICT");
    expect(stale.message).toMatch(new RegExp(`changed by ${admin.name} at \\d\\d:\\d\\d`));
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.wording).toBe("1,500 families to return");
  });

  it("merges two claims into one spanning both, and splits it again", async () => {
    const { editorCaller, article, ws } = await deskWithArticle();
    const [a, b] = await editorCaller.claim.acceptTop({ workspaceId: ws, articleId: article.id, count: 2 });
    const merged = await editorCaller.claim.merge({ workspaceId: ws, claims: [{ claimId: a!.id, version: a!.version }, { claimId: b!.id, version: b!.version }] });
    expect(merged.start).toBe(Math.min(a!.start, b!.start));
    expect(merged.end).toBe(Math.max(a!.end, b!.end));
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
    const at = Math.max(a!.start, b!.start);
    const [left, right] = await editorCaller.claim.split({ workspaceId: ws, claimId: merged.id, version: merged.version, at });
    expect([left.quotedText, right.quotedText].sort()).toEqual([a!.quotedText, b!.quotedText].sort());
  });

  it("flags a claim whose quote is no longer in the text, without moving it", async () => {
    const { editorCaller, article, ws } = await deskWithArticle();
    const sentence = article.sentences.find((s) => s.text.includes("46 Muslims"))!;
    const claim = await editorCaller.claim.createFromSuggestion({ workspaceId: ws, articleId: article.id, sentenceId: sentence.id });
    const result = await editorCaller.article.replaceText({ workspaceId: ws, articleId: article.id, text: TEXT.replace("46 Muslims", "at least 55 Muslims") });
    expect(result.flagged).toBe(1);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ spanMismatch: true, start: claim.start, end: claim.end, quotedText: claim.quotedText });
  });

  it("keeps claims of another workspace out of reach", async () => {
    const { article, ws } = await deskWithArticle();
    const other = await createDesk(db);
    await expectTRPCError((await callerFor(db, other.editor)).claim.acceptTop({ workspaceId: other.workspace.id, articleId: article.id, count: 1 }), "NOT_FOUND");
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(0);
    void ws;
  });
});
