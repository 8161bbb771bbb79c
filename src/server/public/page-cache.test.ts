import { describe, expect, it } from "vitest";
import { etagFor, isNotModified } from "./page-cache";

describe("public page validators", () => {
  it("an ETag follows the bytes: same page, same tag; one character changed, another", () => {
    expect(etagFor("<p>46 killed</p>")).toBe(etagFor("<p>46 killed</p>"));
    expect(etagFor("<p>46 killed</p>")).not.toBe(etagFor("<p>47 killed</p>"));
    expect(etagFor("x")).toMatch(/^"[\w-]{27}"$/);
  });

  it("If-None-Match matches the tag in a list, weak or strong, or *; anything else is a full answer", () => {
    const etag = etagFor("page");
    expect(isNotModified(etag, etag)).toBe(true);
    expect(isNotModified(`"other", W/${etag}`, etag)).toBe(true);
    expect(isNotModified("*", etag)).toBe(true);
    expect(isNotModified(null, etag)).toBe(false);
    expect(isNotModified('"other"', etag)).toBe(false);
    expect(isNotModified(etag.slice(0, -2) + '"', etag)).toBe(false);
  });
});
