import { expect, test } from "@playwright/test";
import { expectSignedInAt, signUp, uniqueEmail } from "./support/auth";

test("sign-up shows field errors for a malformed e-mail, a short password and a taken e-mail", async ({ page }) => {
  await page.goto("/sign-up");
  await signUp(page, { name: "Nadia", email: "nadia-at-example", password: "long enough password" });
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  await signUp(page, { name: "Nadia", email: uniqueEmail("nadia"), password: "short" });
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await signUp(page, { name: "Nadia", email: "editor@example.org", password: "long enough password" });
  await expect(page.getByText("An account with this e-mail already exists. Sign in instead.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("a new user creates a workspace and invites a viewer by link, who joins with that role and cannot manage members", async ({ browser }) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await page.goto("/sign-up");
  await signUp(page, { name: "Mariam Sultani", email: uniqueEmail("mariam"), password: "a long enough password" });
  await expect(page).toHaveURL(/\/w\/new$/);
  await page.getByLabel("Workspace name").fill("Mazar Verification Desk");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expectSignedInAt(page, /\/w\/mazar-verification-desk/);
  await expect(page.getByRole("heading", { name: "No articles yet" })).toBeVisible();
  const workspaceUrl = page.url();

  await page.getByRole("link", { name: "Members" }).click();
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByLabel(/Invitation link/).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.getByText("Link invitation · Viewer")).toBeVisible();

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await expect(guestPage.getByText("Mariam Sultani invited you to Mazar Verification Desk as Viewer.")).toBeVisible();
  await guestPage.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(guestPage, { name: "Karim Noori", email: uniqueEmail("karim"), password: "another long password" });
  await expect(guestPage.getByRole("heading", { name: "Join Mazar Verification Desk" })).toBeVisible();
  await guestPage.getByRole("button", { name: "Accept invitation" }).click();
  await expectSignedInAt(guestPage, /\/w\/mazar-verification-desk$/);
  await expect(guestPage.getByTestId("current-role")).toHaveText("Viewer");

  // The owner sees the newcomer with the invited role.
  await page.reload();
  const karimRow = page.getByTestId("member-row").filter({ hasText: "Karim Noori" });
  await expect(karimRow.getByRole("combobox")).toHaveValue("VIEWER");

  // The viewer sees the members but none of the management controls…
  await guestPage.goto(`${workspaceUrl}/members`);
  await expect(guestPage.getByTestId("member-row")).toHaveCount(2);
  await expect(guestPage.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await expect(guestPage.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(guestPage.getByRole("button", { name: "Create invitation" })).toHaveCount(0);

  // …and calling the admin procedures directly is refused by the server.
  const workspaceId = await workspaceIdOf(guestPage.request, "mazar-verification-desk");
  const invite = await guestPage.request.post("/api/trpc/invitation.create", {
    data: { json: { workspaceId, role: "ADMIN", expiresInDays: 7 } },
  });
  expect(invite.status()).toBe(403);
  const members = await guestPage.request.get(`/api/trpc/workspace.members?input=${encodeURIComponent(JSON.stringify({ json: { workspaceId } }))}`);
  const ownerRow = (await members.json()).result.data.json.find((m: { name: string }) => m.name === "Mariam Sultani");
  const remove = await guestPage.request.post("/api/trpc/workspace.removeMember", { data: { json: { workspaceId, memberId: ownerRow.id } } });
  expect(remove.status()).toBe(403);
  const promote = await guestPage.request.post("/api/trpc/workspace.changeRole", { data: { json: { workspaceId, memberId: ownerRow.id, role: "VIEWER" } } });
  expect(promote.status()).toBe(403);

  // A used link explains itself to the next person.
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(link);
  await expect(latePage.getByRole("alert").filter({ hasText: "This invitation has already been used. Ask for a new one." })).toBeVisible();
  await Promise.all([owner.close(), guest.close(), late.close()]);
});

async function workspaceIdOf(request: import("@playwright/test").APIRequestContext, slug: string): Promise<string> {
  const response = await request.get(`/api/trpc/workspace.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug } }))}`);
  expect(response.status()).toBe(200);
  return (await response.json()).result.data.json.id;
}
