import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, expectSignedInAt, signIn } from "./support/auth";

test("a state-changing request from another site is refused, even with a valid session", async ({ page }) => {
  await signIn(page, "editor@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  const body = JSON.stringify({ json: { slug: "kabul-fact-desk" } });
  const forged = await page.request.post("/api/trpc/workspace.create", { headers: { origin: "https://evil.example", "content-type": "application/json" }, data: body });
  expect(forged.status()).toBe(403);
  const crossSite = await page.request.post("/api/trpc/workspace.create", { headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" }, data: body });
  expect(crossSite.status()).toBe(403);
});

test("security headers: pages refuse framing except the public embed; no MIME sniffing; a referrer policy", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/s"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  for (const path of ["/", "/sign-in"]) {
    const policies = await Promise.all([request.get(path), request.get(path)].map(async (r) => (await r).headers()["content-security-policy"] ?? ""));
    const scriptSrc = policies.map((p) => p.split("; ").find((d) => d.startsWith("script-src")) ?? "");
    for (const directive of scriptSrc) expect(directive, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expect(scriptSrc[0], `${path}: a fresh nonce per response`).not.toBe(scriptSrc[1]);
  }
  const index = await (await request.get("/s")).text();
  const slug = /href="[^"]*\/s\/([^"/?#.]+)"/.exec(index)?.[1];
  expect(slug).toBeTruthy();
  const embed = await request.get(`/s/${slug}/embed`);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const summary = await request.get(`/s/${slug}`);
  expect(summary.headers()["content-security-policy"]).toMatch(/default-src 'none'/);
});

test("app pages run under the nonce policy without a single blocked script, and still work", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "editor@example.org", DEMO_PASSWORD);
  await expectSignedInAt(page, /\/w\/kabul-fact-desk$/);
  await page.locator('a[href*="/articles/"]:not([href$="/new"])').first().click();
  await expect(page).toHaveURL(/\/articles\/\w+/);
  // Only React can open this dialog: the page's scripts ran under the policy.
  await page.getByRole("button", { name: "Keyboard shortcuts (?)" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.goto("/this-page-does-not-exist");
  await expect(page.getByRole("heading", { name: "404" })).toBeVisible();
  expect(violations).toEqual([]);
});
