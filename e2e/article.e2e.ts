import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

const ARTICLE = [
  "Taliban officials met US envoys in Doha on Saturday.",
  "A suicide bombing on Friday killed 46 Muslims in a mosque in Kunduz, officials said.",
  "The weather in Doha was mild.",
  "More than 1.3 million Afghans have fled their homes, the refugee ministry said.",
].join(" ");

test("an editor pastes an article, sees ranked suggestions, and turns the top one into a claim", async ({ page }) => {
  await signIn(page, "editor@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill("Doha talks and the Kunduz bombing");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Save and find claims" }).click();
  await expect(page).toHaveURL(/\/w\/kabul-fact-desk\/articles\/\w+$/);
  await expect(page.getByTestId("article-text")).toContainText("46 Muslims");
  const suggestions = page.getByTestId("suggestion");
  await expect(suggestions).toHaveCount(4);
  await expect(suggestions.nth(0)).not.toContainText("weather");
  await suggestions.filter({ hasText: "46" }).getByRole("button", { name: /Make claim/ }).click();
  const card = page.getByTestId("claim-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("claim-wording")).toContainText("46");
  await expect(card.getByTestId("claim-quote")).toHaveText("A suicide bombing on Friday killed 46 Muslims in a mosque in Kunduz, officials said.");
  await expect(suggestions).toHaveCount(3);
});

test("an empty article gets a message next to the text and nothing is saved", async ({ page }) => {
  await signIn(page, "editor@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  await page.goto("/w/kabul-fact-desk/articles/new");
  await page.getByLabel("Title").fill("Nothing here");
  await page.getByRole("button", { name: "Save and find claims" }).click();
  await expect(page.getByText(/The article is empty/)).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
