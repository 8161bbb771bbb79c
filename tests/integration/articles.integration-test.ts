import { describe, expect, it } from "vitest";
import { readSampleArticle } from "@/features/demo/seed-demo";
import { openTestDatabase } from "../helpers/db";
import { callerFor, createDesk } from "../helpers/factories";
import { expectTRPCError } from "../helpers/trpc-error";

const db = (await openTestDatabase()).prisma;
const sample = readSampleArticle();

describe("creating an article from pasted text", () => {
  it("stores the normalised text and its analysed sentences, with offsets into that text", async () => {
    const { workspace, editor } = await createDesk(db);
    const caller = await callerFor(db, editor);
    const { id } = await caller.article.create({ workspaceId: workspace.id, title: sample.title, text: `  ${sample.text.replace(/\n/g, "\r\n")}  ` });
    const article = await caller.article.get({ workspaceId: workspace.id, articleId: id });
    expect(article.text).toBe(sample.text);
    expect(article.language).toBe("en");
    expect(article.sentences.length).toBeGreaterThan(20);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    const audit = await db.auditEvent.findMany({ where: { workspaceId: workspace.id, entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(["article.created"]);
  });

  it("ranks the sample article's figures among the top 8 suggestions, each with its figure and a short wording", async () => {
    const { workspace, editor } = await createDesk(db);
    const caller = await callerFor(db, editor);
    const { id } = await caller.article.create({ workspaceId: workspace.id, title: sample.title, text: sample.text });
    const { sentences } = await caller.article.get({ workspaceId: workspace.id, articleId: id });
    const top8 = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, 8);
    for (const [needle, figure, value] of [["46 Muslims", "46", 46], ["1.3 million Afghans", "1.3 million", 1_300_000], ["1,500 families", "1,500", 1_500]] as const) {
      const hit = top8.find((s) => s.text.includes(needle));
      expect(hit, `"${needle}" in the top 8`).toBeDefined();
      const facts = hit!.facts as { raw: string; value: number }[];
      expect(facts.map((f) => [f.raw, f.value])).toContainEqual([figure, value]);
      expect(hit!.wording).toContain(figure);
      expect(hit!.wording!.length).toBeLessThanOrEqual(80);
    }
    // Never split inside an abbreviation, a decimal, a date or a quotation.
    for (const fragment of ["U.S.", "1.3 million", "Oct. 9"]) {
      if (!sample.text.includes(fragment)) continue;
      expect(sentences.some((s) => s.text.includes(fragment)), fragment).toBe(true);
    }
    const quoteStarts = sentences.filter((s) => s.text.startsWith("“"));
    for (const s of quoteStarts) expect(s.text.includes("”"), s.text).toBe(true);
  });

  it.each([
    ["an empty article", "   \n\n  ", /empty/],
    ["an article over 2 MB", "word ".repeat(450_000), /too long/],
    ["binary content", "GIF89a\u0000\u0001\u0002\u0000\u0000binary\u0000", /does not look like text/],
  ])("refuses %s with a clear message and creates nothing", async (_label, text, message) => {
    const { workspace, editor } = await createDesk(db);
    const error = await expectTRPCError((await callerFor(db, editor)).article.create({ workspaceId: workspace.id, title: "Bad", text }), "BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(await db.article.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("refuses a viewer and a reviewer", async () => {
    const { workspace, viewer, reviewer } = await createDesk(db);
    for (const user of [viewer, reviewer]) {
      await expectTRPCError((await callerFor(db, user)).article.create({ workspaceId: workspace.id, title: "T", text: "Some text." }), "FORBIDDEN");
    }
  });
});

describe("uploading a file", () => {
  it("reads Markdown into a draft without storing anything", async () => {
    const { workspace, editor } = await createDesk(db);
    const md = "# Kunduz toll rises\n\nOfficials said **46 people** were killed.\n\n- first\n- second\n";
    const draft = await (await callerFor(db, editor)).article.parseUpload({ workspaceId: workspace.id, name: "story.md", contentBase64: Buffer.from(md).toString("base64") });
    expect(draft.title).toBe("Kunduz toll rises");
    expect(draft.text).toContain("Officials said 46 people were killed.");
    expect(await db.article.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("refuses a binary file and an unknown extension", async () => {
    const { workspace, editor } = await createDesk(db);
    const caller = await callerFor(db, editor);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString("base64");
    await expect(caller.article.parseUpload({ workspaceId: workspace.id, name: "photo.txt", contentBase64: png })).rejects.toThrow(/text/i);
    await expect(caller.article.parseUpload({ workspaceId: workspace.id, name: "report.pdf", contentBase64: png })).rejects.toThrow(/\.txt, \.md or \.html/);
  });
});
