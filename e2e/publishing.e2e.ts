import { type Browser, expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  return page;
}

/** Creates an article with one claim (from the first suggestion) and returns its page. */
async function articleWithClaim(editor: Page, title: string, text: string) {
  await editor.goto("/w/kabul-fact-desk/articles/new");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Article text").fill(text);
  await editor.getByRole("button", { name: "Save and find claims" }).click();
  await expect(editor).toHaveURL(/\/articles\/\w+$/);
  await editor.getByTestId("suggestion").first().getByRole("button", { name: /Make claim/ }).click();
  await expect(editor.getByTestId("claim-card")).toHaveCount(1);
}

/** The reviewer takes the article's only claim, adds a source, and proposes `rating`. */
async function reviewerProposes(reviewer: Page, url: string, rating: string, rationale: string, source = { title: "Ministry report", url: "https://example.org/report" }) {
  await reviewer.goto(url);
  await reviewer.getByTestId("claim-wording").click();
  const panel = reviewer.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Take this claim" }).click();
  await panel.getByRole("button", { name: "Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Link", { exact: true }).fill(source.url);
  await form.getByLabel("Title", { exact: true }).fill(source.title);
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("evidence-item")).toHaveCount(1);
  await panel.getByLabel(rating, { exact: true }).check();
  await panel.getByLabel("Rationale").fill(rationale);
  await panel.getByRole("button", { name: "Propose verdict" }).click();
  await expect(panel.getByTestId("verdict")).toContainText("waiting for review");
}

test("a new visitor sees the demo desk's finished, published fact-check from the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Afghan|Taliban|Kunduz/ }).first().click();
  await expect(page).toHaveURL(/\/s\/[\w-]+$/);
  await expect(page.getByText("3 claims checked")).toBeVisible();
  await expect(page.locator("article[id^=claim-]")).toHaveCount(3);
  for (const label of ["Mostly true", "Misleading", "Unverifiable"]) await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
});

test("publish from the article view, correct a verdict openly, then unpublish", async ({ browser }) => {
  const editor = await signedIn(browser, "editor@example.org");
  const reviewer = await signedIn(browser, "reviewer@example.org");
  const admin = await signedIn(browser, "admin@example.org");
  await articleWithClaim(editor, `Publish check ${Date.now()}`, "The ministry said 46 people were killed in Kunduz on Friday. The weather was mild.");
  const articleUrl = editor.url();
  await reviewerProposes(reviewer, articleUrl, "Mostly true", "Two agencies report 46; early counts ranged to 55.");
  await editor.getByTestId("claim-wording").click();
  await editor.getByTestId("claim-panel").getByRole("button", { name: "Approve verdict" }).click();
  await expect(editor.getByTestId("claim-panel").getByTestId("verdict")).toContainText("approved by");

  // Publish; read it signed out.
  const panel = editor.getByTestId("publish-panel");
  await panel.getByRole("button", { name: "Publish summary…" }).click();
  await panel.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(panel.getByTestId("publication-state")).toContainText("Published (version 1)");
  const publicUrl = await panel.getByRole("link", { name: "View the public summary" }).getAttribute("href");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(publicUrl!);
  await expect(reader.getByText("1 claim checked: 1 mostly true")).toBeVisible();
  await expect(reader.locator("article[id^=claim-]")).toContainText("Two agencies report 46");
  expect(await reader.locator("script:not([type='application/ld+json'])").count()).toBe(0);

  // The editor changes the verdict; the admin approves the change; re-publishing asks for a correction note.
  await editor.getByTestId("claim-panel").getByRole("button", { name: "Edit verdict" }).click();
  await editor.getByTestId("claim-panel").getByLabel("True", { exact: true }).check();
  await editor.getByTestId("claim-panel").getByLabel("Rationale").fill("The final official toll confirmed 46.");
  await editor.getByTestId("claim-panel").getByRole("button", { name: "Save verdict" }).click();
  await admin.goto(articleUrl);
  await admin.getByTestId("claim-wording").click();
  await admin.getByTestId("claim-panel").getByRole("button", { name: "Approve verdict" }).click();
  await expect(admin.getByTestId("claim-card")).toContainText("Approved");
  await panel.getByRole("button", { name: "Re-publish…" }).click();
  const note = panel.getByLabel(/Correction note for/);
  await expect(note).toBeVisible();
  await note.fill("The official toll was confirmed; rating raised from Mostly true to True.");
  await panel.getByRole("button", { name: "Publish new version" }).click();
  await expect(panel.getByTestId("publication-state")).toContainText("Published (version 2)");
  await reader.reload();
  await expect(reader.getByText("1 claim checked: 1 true")).toBeVisible();
  const corrections = reader.locator("section", { has: reader.getByRole("heading", { name: "Corrections", exact: true }) });
  await expect(corrections).toContainText("The official toll was confirmed; rating raised from Mostly true to True.");

  // Unpublish: the address answers 410 Gone.
  admin.once("dialog", (d) => d.accept());
  await admin.getByTestId("publish-panel").getByRole("button", { name: "Unpublish" }).click();
  await expect(admin.getByTestId("publication-state")).toContainText("Unpublished");
  const gone = await reader.goto(publicUrl!);
  expect(gone!.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(/withdrawn/i);
});

test("hostile text in claims, comments and evidence shows as text and runs nothing, in the app and in public", async ({ browser }) => {
  const PAYLOADS = ['<script>alert("xss-script")</script>', '<img src=x onerror=alert("xss-img")>', "[click](javascript:alert('xss-link'))"];
  const editor = await signedIn(browser, "editor@example.org");
  const reviewer = await signedIn(browser, "reviewer@example.org");
  const dialogs: string[] = [];
  for (const page of [editor, reviewer]) page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await articleWithClaim(editor, `XSS ${PAYLOADS[0]}`, `The ministry said 46 people were killed ${PAYLOADS[1]} in Kunduz. The weather was mild.`);
  const articleUrl = editor.url();
  // Payloads in the claim wording, a comment and an evidence title.
  const card = editor.getByTestId("claim-card");
  await card.getByRole("button", { name: "Edit wording" }).click();
  await card.getByLabel("Claim wording").fill(`46 killed ${PAYLOADS[0]}`);
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByTestId("claim-wording")).toContainText(PAYLOADS[0]!);
  await reviewerProposes(reviewer, articleUrl, "False", `Rationale ${PAYLOADS[1]}`, { title: `Source ${PAYLOADS[0]} ${PAYLOADS[1]}`, url: "https://example.org/x" });
  await reviewer.getByTestId("claim-panel").getByLabel("Comment", { exact: true }).fill(`Note ${PAYLOADS.join(" ")}`);
  await reviewer.getByTestId("claim-panel").getByRole("button", { name: "Comment", exact: true }).click();
  await expect(reviewer.getByTestId("comment")).toContainText(PAYLOADS[1]!);
  await expect(reviewer.getByTestId("comment").locator("a[href^='javascript:']")).toHaveCount(0);
  await editor.reload();
  await editor.getByTestId("claim-wording").click();
  await editor.getByTestId("claim-panel").getByRole("button", { name: "Approve verdict" }).click();
  const panel = editor.getByTestId("publish-panel");
  await panel.getByRole("button", { name: "Publish summary…" }).click();
  await panel.getByRole("button", { name: "Publish", exact: true }).click();
  const publicUrl = await panel.getByRole("link", { name: "View the public summary" }).getAttribute("href");
  const reader = await (await browser.newContext()).newPage();
  reader.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await reader.goto(publicUrl!);
  await expect(reader.locator("h1")).toContainText(PAYLOADS[0]!);
  await expect(reader.getByText(`Source ${PAYLOADS[0]} ${PAYLOADS[1]}`)).toBeVisible();
  await expect(reader.locator("img")).toHaveCount(0);
  await reader.goto(`${publicUrl}/embed`);
  await expect(reader.getByText(PAYLOADS[0]!).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("an admin sets the desk's methodology, and a viewer can read but not change it", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@example.org");
  await admin.getByRole("link", { name: "Settings" }).click();
  const methodology = `We check numbers against two independent sources (${Date.now()}).`;
  await admin.getByLabel(/How we check/).fill(methodology);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Saved. The next publish uses these settings.")).toBeVisible();
  const viewer = await signedIn(browser, "viewer@example.org");
  await viewer.goto("/w/kabul-fact-desk/settings");
  await expect(viewer.getByLabel(/How we check/)).toHaveValue(methodology);
  await expect(viewer.getByLabel(/How we check/)).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Save settings" })).toHaveCount(0);
});
