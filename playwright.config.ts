import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? "/tmp/factdesk-e2e-data";

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against
 * the production server (`next build` + `npm start`) on a fresh embedded database.
 */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && node scripts/start.mjs`,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(port), FACTDESK_DATA_DIR: E2E_DATA_DIR, AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret", DATABASE_URL: "", FACTDESK_LIVE_MAX_DURATION_MS: "4000" },
  },
});
