import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

// UX.md: take, comment and evidence show at once; if the server refuses, roll back and say why.
// Each request below is held back 1.5 s on its way to the server, so what the page shows meanwhile
// can only come from the page itself.
const HOLD_MS = 1_500;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  return page;
}

async function holdBack(page: Page, procedure: string) {
  await page.route(new RegExp(`/api/trpc/${procedure.replace(".", "\\.")}\\b`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
}

/** An article with one claim, made by the editor; returns the editor's page on it. */
async function articleWithClaim(browser: Browser): Promise<Page> {
  const editor = await signedIn(browser, "editor@example.org");
  await editor.goto("/w/kabul-fact-desk/articles/new");
  await editor.getByLabel("Title").fill(`Optimistic ${Date.now()}`);
  await editor.getByLabel("Article text").fill("A suicide bombing on Friday killed 46 Muslims in a mosque in Kunduz, officials said. The weather was mild.");
  await editor.getByRole("button", { name: "Save and find claims" }).click();
  await expect(editor).toHaveURL(/\/articles\/\w+$/);
  await editor.getByTestId("suggestion").filter({ hasText: "46" }).getByRole("button", { name: /Make claim/ }).click();
  await expect(editor.getByTestId("claim-card")).toHaveCount(1);
  return editor;
}

/** The reviewer, on the editor's article with its claim open, each call to `procedure` held back. */
async function reviewerWithClaimOpen(browser: Browser, editor: Page, procedure: string) {
  const reviewer = await signedIn(browser, "reviewer@example.org");
  await holdBack(reviewer, procedure);
  await reviewer.goto(editor.url());
  await reviewer.getByTestId("claim-wording").click();
  return { reviewer, panel: reviewer.getByTestId("claim-panel") };
}

test("a take shows at once; refused because someone was quicker, it rolls back and says who", async ({ browser }) => {
  const editor = await articleWithClaim(browser);
  const reviewer = await signedIn(browser, "reviewer@example.org");
  // The reviewer's page hears nothing live, so it still offers the claim after the editor has taken it.
  await reviewer.route(/\/api\/trpc\/live\.article\b/, (route) => route.abort());
  await holdBack(reviewer, "claim.take");
  await reviewer.goto(editor.url());
  await reviewer.getByTestId("claim-wording").click();
  await expect(reviewer.getByTestId("claim-holder")).toHaveText("Nobody is checking this claim yet.");

  await editor.getByTestId("claim-wording").click();
  await editor.getByRole("button", { name: "Take this claim" }).click();
  await expect(editor.getByTestId("claim-holder")).toHaveText("Being checked by you");

  await reviewer.getByRole("button", { name: "Take this claim" }).click();
  // Before the server has answered: the panel and the card already show the reviewer.
  await expect(reviewer.getByTestId("claim-holder")).toHaveText("Being checked by you", { timeout: HOLD_MS - 300 });
  await expect(reviewer.getByTestId("claim-card").getByTestId("claim-assignee")).toHaveText("Checked by Omar Haidari", { timeout: HOLD_MS - 300 });
  // The server refuses: back to the truth, with the reason.
  await expect(reviewer.getByTestId("claim-panel").getByRole("alert")).toContainText("Already taken by Amina Rahimi");
  await expect(reviewer.getByTestId("claim-holder")).toHaveText("Being checked by Amina Rahimi");
  await expect(reviewer.getByTestId("claim-card").getByTestId("claim-assignee")).toHaveText("Checked by Amina Rahimi");
});

test("a comment shows at once as sending; refused, it leaves the thread and its text comes back to the box", async ({ browser }) => {
  const editor = await articleWithClaim(browser);
  const { panel } = await reviewerWithClaimOpen(browser, editor, "comment.add");
  const box = panel.getByRole("combobox", { name: "Comment" });

  await box.fill("Checking the UNAMA report first.");
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  const sent = panel.getByTestId("comment").filter({ hasText: "Checking the UNAMA report first." });
  await expect(sent.getByTestId("comment-sending")).toBeVisible({ timeout: HOLD_MS - 300 });
  await expect(box).toHaveValue("");
  // Once stored, it is an ordinary comment with its time.
  await expect(sent.locator("time")).toBeVisible();
  await expect(panel.getByTestId("comment-sending")).toHaveCount(0);
  await expect(editor.getByTestId("claim-card").getByTestId("claim-meta")).toContainText("1 comment", { timeout: 5000 });

  const tooLong = "x".repeat(5_001);
  await box.fill(tooLong);
  await panel.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(panel.getByTestId("comment-sending")).toBeVisible({ timeout: HOLD_MS - 300 });
  await expect(panel.getByRole("alert")).toContainText("Comments are limited to 5,000 characters");
  await expect(panel.getByTestId("comment-sending")).toHaveCount(0);
  await expect(box).toHaveValue(tooLong);
  await expect(panel.getByTestId("comment")).toHaveCount(1);
});

test("a source shows at once as being added; refused, it leaves the list and the form keeps what was typed", async ({ browser }) => {
  const editor = await articleWithClaim(browser);
  const { panel } = await reviewerWithClaimOpen(browser, editor, "evidence.add");
  await panel.getByRole("button", { name: "Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });

  await form.getByLabel("Link", { exact: true }).fill("https://unama.unmissions.org/protection-of-civilians-reports");
  await form.getByLabel("Title", { exact: true }).fill("UNAMA civilian casualties report");
  await form.getByLabel(/refutes/).check();
  await form.getByRole("button", { name: "Add evidence" }).click();
  const item = panel.getByTestId("evidence-item").filter({ hasText: "UNAMA civilian casualties report" });
  await expect(item.getByTestId("evidence-adding")).toBeVisible({ timeout: HOLD_MS - 300 });
  await expect(item).toContainText("Refutes");
  // Stored: an ordinary source, and the form is empty for the next one.
  await expect(item.getByRole("link", { name: "UNAMA civilian casualties report" })).toBeVisible();
  await expect(panel.getByTestId("evidence-adding")).toHaveCount(0);
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("");

  await form.getByLabel("Link", { exact: true }).fill("not a link at all");
  await form.getByLabel("Title", { exact: true }).fill("Ministry statement");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("evidence-item").filter({ hasText: "Ministry statement" }).getByTestId("evidence-adding")).toBeVisible({ timeout: HOLD_MS - 300 });
  await expect(form.getByRole("alert").first()).toBeVisible();
  await expect(panel.getByTestId("evidence-item")).toHaveCount(1);
  await expect(form.getByLabel("Link", { exact: true })).toHaveValue("not a link at all");
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Ministry statement");
});
