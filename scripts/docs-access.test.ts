import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ACCESS_DOC_FILE, ACCESS_DOC_PATH, renderAccessMatrix } from "../tests/helpers/access-matrix-doc";

describe(ACCESS_DOC_PATH, () => {
  it("is what the access matrix says (run npm run docs:access after changing it)", () => {
    const committed = fs.existsSync(ACCESS_DOC_FILE) ? fs.readFileSync(ACCESS_DOC_FILE, "utf8") : "";
    expect(committed === renderAccessMatrix(), `${ACCESS_DOC_PATH} is out of date: run npm run docs:access`).toBe(true);
  });
});
