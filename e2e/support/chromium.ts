import fs from "node:fs";

/** The system's Chromium (Debian's package). CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
  if (!found) {
    throw new Error("No Chromium found. Install Debian's: `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).");
  }
  return found;
}
