import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

test("the health endpoint answers with the version and a live database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", database: { ok: true, kind: "embedded" } });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});

test("the demo editor signs in and sees the demo desk with the sample article", async ({ page }) => {
  await signIn(page, "editor@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  await expect(page.getByRole("heading", { name: "Kabul Fact Desk" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Articles" })).toContainText("The Taliban say they will not work with the US");
  await expect(page.getByTestId("current-role")).toHaveText("Editor");
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await signIn(page, "editor@example.org", "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a page that needs a user sends people to sign in and back", async ({ page }) => {
  await page.goto("/w/kabul-fact-desk/members");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fkabul-fact-desk%2Fmembers/);
  await page.getByLabel("E-mail").fill("admin@example.org");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/kabul-fact-desk\/members$/);
  await expect(page.getByTestId("member-row")).toHaveCount(4);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "reviewer@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/w/kabul-fact-desk");
  await expect(page).toHaveURL(/\/sign-in/);
});
