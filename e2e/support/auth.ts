import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factdesk-demo";

export async function signIn(page: Page, email: string, password: string, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signUp(page: Page, input: { name: string; email: string; password: string }) {
  await page.getByLabel("Your name").fill(input.name);
  await page.getByLabel("E-mail").fill(input.email);
  await page.getByLabel("Password").fill(input.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;
}

export async function expectSignedInAt(page: Page, path: RegExp) {
  await expect(page).toHaveURL(path);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
