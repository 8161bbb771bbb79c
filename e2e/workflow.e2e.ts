import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

const ARTICLE = [
  "A suicide bombing on Friday killed 46 Muslims in a mosque in Kunduz, officials said.",
  "The weather was mild.",
  "More than 1.3 million Afghans have fled their homes, the refugee ministry said.",
].join(" ");

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  return page;
}

async function addEvidence(page: Page, source: { url: string; title: string; stance: RegExp }) {
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Link", { exact: true }).fill(source.url);
  await form.getByLabel("Title", { exact: true }).fill(source.title);
  await form.getByLabel(source.stance).check();
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("evidence-item").filter({ hasText: source.title })).toBeVisible();
}

test("an editor and a reviewer check a claim together and each sees the other's work live", async ({ browser }) => {
  const editor = await signedIn(browser, "editor@example.org");
  await editor.goto("/w/kabul-fact-desk/articles/new");
  await editor.getByLabel("Title").fill(`Kunduz live check ${Date.now()}`);
  await editor.getByLabel("Article text").fill(ARTICLE);
  await editor.getByRole("button", { name: "Save and find claims" }).click();
  await expect(editor).toHaveURL(/\/articles\/\w+$/);
  await editor.getByTestId("suggestion").filter({ hasText: "46" }).getByRole("button", { name: /Make claim/ }).click();
  const editorCard = editor.getByTestId("claim-card");
  await expect(editorCard).toHaveCount(1);
  await expect(editorCard.getByTestId("claim-assignee")).toHaveText("Unassigned");

  const reviewer = await signedIn(browser, "reviewer@example.org");
  await reviewer.goto(editor.url());
  // Presence: each sees the other is here.
  await expect(editor.getByTestId("presence")).toContainText("Omar Haidari is here");
  await expect(reviewer.getByTestId("presence")).toContainText("Amina Rahimi is here");

  // The reviewer takes the claim; the editor's page shows it without reloading.
  await reviewer.getByTestId("claim-wording").click();
  await reviewer.getByRole("button", { name: "Take this claim" }).click();
  await expect(reviewer.getByTestId("claim-holder")).toHaveText("Being checked by you");
  await expect(editorCard.getByTestId("claim-assignee")).toHaveText("Checked by Omar Haidari", { timeout: 5000 });

  // Two sources and a verdict.
  await addEvidence(reviewer, { url: "https://unama.unmissions.org/protection-of-civilians-reports", title: "UNAMA civilian casualties report", stance: /refutes/ });
  await addEvidence(reviewer, { url: "https://www.example.org/ministry-statement?utm_source=x", title: "Ministry of Interior statement", stance: /supports/ });
  await expect(editorCard.getByTestId("claim-meta")).toContainText("2 sources", { timeout: 5000 });
  const panel = reviewer.getByTestId("claim-panel");
  await panel.getByLabel("Misleading").check();
  await panel.getByLabel("Rationale").fill("The toll is right but the attack was on Shia worshippers; the headline figure omits the 140 injured.");
  await panel.getByRole("button", { name: "Propose verdict" }).click();
  await expect(panel.getByTestId("verdict")).toContainText("waiting for review");
  await expect(panel.getByRole("button", { name: "Approve verdict" })).toHaveCount(0); // two-person rule

  // The editor approves; both see the new status.
  await editorCard.getByTestId("claim-wording").click();
  const editorPanel = editor.getByTestId("claim-panel");
  await expect(editorPanel.getByTestId("verdict")).toContainText("Misleading");
  await editorPanel.getByRole("button", { name: "Approve verdict" }).click();
  await expect(editorPanel.getByTestId("verdict")).toContainText("approved by Amina Rahimi");
  await expect(editorCard).toContainText("Approved");
  await expect(reviewer.getByTestId("claim-card")).toContainText("Approved", { timeout: 5000 });
  await expect(panel.getByTestId("verdict")).toContainText("approved by Amina Rahimi", { timeout: 5000 });

  // The timeline lists each step, for both.
  for (const page of [editor, reviewer]) {
    const timeline = page.getByTestId("claim-panel").getByTestId("timeline");
    await expect(timeline.getByRole("listitem")).toHaveText([
      /Amina Rahimi made a claim/,
      /Omar Haidari took a claim → Omar Haidari/,
      /Omar Haidari added evidence UNAMA civilian casualties report \(refutes\)/,
      /Omar Haidari added evidence Ministry of Interior statement \(supports\)/,
      /Omar Haidari proposed a verdict “Misleading”/,
      /Amina Rahimi approved a verdict/,
    ]);
  }
});

test("keyboard: move to a claim, open it, take it and comment without the mouse", async ({ browser }) => {
  const reviewer = await signedIn(browser, "reviewer@example.org");
  const editor = await signedIn(browser, "editor@example.org");
  await editor.goto("/w/kabul-fact-desk/articles/new");
  await editor.getByLabel("Title").fill(`Keyboard check ${Date.now()}`);
  await editor.getByLabel("Article text").fill(ARTICLE);
  await editor.getByRole("button", { name: "Save and find claims" }).click();
  await expect(editor).toHaveURL(/\/articles\/\w+$/);
  await editor.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(editor.getByTestId("claim-card")).not.toHaveCount(0);

  await reviewer.goto(editor.url());
  await reviewer.locator("body").click({ position: { x: 1, y: 1 } });
  await reviewer.keyboard.press("j");
  await expect(reviewer.getByTestId("claim-card").first()).toHaveAttribute("aria-current", "true");
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByTestId("claim-panel")).toBeVisible();
  await reviewer.keyboard.press("t");
  await expect(reviewer.getByTestId("claim-holder")).toHaveText("Being checked by you");
  await reviewer.keyboard.press("c");
  await reviewer.keyboard.type("Checking the ministry figure");
  await reviewer.keyboard.press("Control+Enter");
  await expect(reviewer.getByTestId("comment")).toContainText("Checking the ministry figure");
  await expect(editor.getByTestId("claim-card").first().getByTestId("claim-meta")).toContainText("1 comment", { timeout: 5000 });
  // The first Esc leaves the comment box, the second closes the claim.
  await reviewer.keyboard.press("Escape");
  await expect(reviewer.getByTestId("claim-panel")).toBeVisible();
  await reviewer.keyboard.press("Escape");
  await expect(reviewer.getByTestId("claim-panel")).toHaveCount(0);
});

test("a page whose connection dropped reconnects by itself and catches up on what it missed", async ({ browser }) => {
  const editor = await signedIn(browser, "editor@example.org");
  await editor.goto("/w/kabul-fact-desk/articles/new");
  await editor.getByLabel("Title").fill(`Reconnect check ${Date.now()}`);
  await editor.getByLabel("Article text").fill(ARTICLE);
  await editor.getByRole("button", { name: "Save and find claims" }).click();
  await expect(editor).toHaveURL(/\/articles\/\w+$/);
  await editor.getByTestId("suggestion").filter({ hasText: "46" }).getByRole("button", { name: /Make claim/ }).click();
  await expect(editor.getByTestId("claim-card")).toHaveCount(1);

  const reviewer = await signedIn(browser, "reviewer@example.org");
  await reviewer.goto(editor.url());
  await expect(reviewer.getByTestId("presence")).toContainText("Live");
  // The server ends live streams after a few seconds in this test setup, as a proxy or a deploy would;
  // with the feed unreachable, the page cannot reconnect until it is let through again.
  await reviewer.route("**/api/trpc/live.article**", (route) => route.abort("connectionreset"));
  await expect(reviewer.getByTestId("presence")).toContainText("Reconnecting", { timeout: 15_000 });
  // While the reviewer is away, the editor assigns the claim to them.
  await editor.getByTestId("claim-wording").click();
  await editor.getByLabel("Assign to").selectOption({ label: "Omar Haidari" });
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(editor.getByTestId("claim-assignee")).toHaveText("Checked by Omar Haidari");
  await expect(reviewer.getByTestId("claim-assignee")).toHaveText("Unassigned");
  await reviewer.unroute("**/api/trpc/live.article**");
  await expect(reviewer.getByTestId("presence")).toContainText("Live", { timeout: 20_000 });
  await expect(reviewer.getByTestId("claim-assignee")).toHaveText("Checked by Omar Haidari", { timeout: 10_000 });
});
