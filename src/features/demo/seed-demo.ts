import fs from "node:fs";
import { analyzeText } from "@/features/analysis/analyze-text";
import { storeSentences } from "@/features/articles/store-sentences";
import { hashPassword } from "@/features/auth/password";
import { normalizeArticleText } from "@/features/intake/normalize-text";
import type { Db } from "@/server/db";
import { runDemoCheck } from "./demo-check";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "./demo-users";

const ARTICLE_FILE = new URL("./fixtures/kunduz-doha-talks.txt", import.meta.url);

export function readSampleArticle(): { title: string; text: string } {
  const raw = fs.readFileSync(ARTICLE_FILE, "utf8");
  const [title = "Sample article", ...rest] = raw.split("\n");
  // The same normalisation as every pasted article, so offsets mean the same thing.
  return { title: title.trim(), text: normalizeArticleText(rest.join("\n")) };
}

/** True when the database has no users at all: a fresh install. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/**
 * Creates the demo desk: one user per role, the workspace, and the sample article.
 * Idempotent on the workspace slug, so running it twice does nothing the second time.
 */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug }, select: { id: true } });
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sample = readSampleArticle();
  const ids = await db.$transaction(async (tx) => {
    const users: { id: string }[] = [];
    for (const u of DEMO_USERS) {
      users.push(
        await tx.user.upsert({
          where: { email: u.email },
          create: { email: u.email, name: u.name, passwordHash },
          update: {},
          select: { id: true },
        }),
      );
    }
    const editor = users[1] ?? users[0];
    if (!editor) throw new Error("no demo users");
    const workspace = await tx.workspace.create({
      data: {
        ...DEMO_WORKSPACE,
        orgName: "Kabul Fact Desk (demo)",
        methodology:
          "We check claims with numbers first. Each verdict is proposed by one reviewer and approved by a second person, with every source linked.",
        correctionsPolicy: "When we get something wrong we correct it openly: every change to a published verdict is listed with its date.",
        memberships: { create: DEMO_USERS.map((u, i) => ({ userId: users[i]!.id, role: u.role })) },
      },
      select: { id: true },
    });
    const article = await tx.article.create({
      data: {
        workspaceId: workspace.id,
        title: sample.title,
        text: sample.text,
        outlet: "The Associated Press",
        // The fixture came without its original address; we do not invent one.
        sourceUrl: null,
        publishedAt: new Date("2021-10-09T12:00:00Z"),
        language: "en",
        createdById: editor.id,
      },
      select: { id: true },
    });
    await storeSentences(tx, article.id, analyzeText(sample.text));
    return { workspaceId: workspace.id, articleId: article.id, admin: users[0]!.id, editor: editor.id, reviewer: users[2]!.id };
  });
  await runDemoCheck(db, ids);
  return { created: true };
}
