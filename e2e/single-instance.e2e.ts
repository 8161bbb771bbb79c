import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATA_DIR } from "../playwright.config";

test("a second `npm start` on the same data folder is refused with a message naming the holder", () => {
  const second = spawnSync(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, FACTDESK_DATA_DIR: E2E_DATA_DIR, PORT: "3199", DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/The data folder .* is in use by process \d+/);
  expect(second.stderr).toMatch(/FACTDESK_DATA_DIR/);
});
