import { describe, expect, it } from "vitest";
import { isAllowlisted, normalizeAllowlistEntry, readFetchAllowlist } from "./fetch-allowlist";

describe("readFetchAllowlist", () => {
  it("reads comma-separated hosts and host:port entries", () => {
    expect(readFetchAllowlist({ FACTDESK_FETCH_ALLOWLIST: " CMS.local , 127.0.0.1:4000,,[::1]:8080, cms.local" })).toEqual([
      "cms.local",
      "127.0.0.1:4000",
      "[::1]:8080",
    ]);
  });

  it("is empty when the variable is unset or blank", () => {
    expect(readFetchAllowlist({})).toEqual([]);
    expect(readFetchAllowlist({ FACTDESK_FETCH_ALLOWLIST: " " })).toEqual([]);
  });

  it("drops entries that are not hosts", () => {
    expect(readFetchAllowlist({ FACTDESK_FETCH_ALLOWLIST: "http://x.test/, a b, host:99999999" })).toEqual([]);
  });
});

describe("normalizeAllowlistEntry", () => {
  it("canonicalises IPv4 forms the way the URL parser does", () => {
    expect(normalizeAllowlistEntry("0x7f.1:80")).toBe("127.0.0.1:80");
    expect(normalizeAllowlistEntry("example.com.")).toBe("example.com");
  });
});

describe("isAllowlisted", () => {
  const url = (s: string) => new URL(s);

  it("matches a host entry on any port", () => {
    expect(isAllowlisted(["cms.local"], url("http://cms.local:8080/a"))).toBe(true);
    expect(isAllowlisted(["cms.local"], url("https://CMS.local./a"))).toBe(true);
  });

  it("matches a host:port entry only on that port, including default ports", () => {
    expect(isAllowlisted(["127.0.0.1:4000"], url("http://127.0.0.1:4000/"))).toBe(true);
    expect(isAllowlisted(["127.0.0.1:4000"], url("http://127.0.0.1:4001/"))).toBe(false);
    expect(isAllowlisted(["cms.local:443"], url("https://cms.local/"))).toBe(true);
    expect(isAllowlisted(["cms.local:443"], url("http://cms.local/"))).toBe(false);
  });

  it("does not match other hosts or an empty list", () => {
    expect(isAllowlisted([], url("http://127.0.0.1/"))).toBe(false);
    expect(isAllowlisted(["cms.local"], url("http://evil.cms.local/"))).toBe(false);
    expect(isAllowlisted(["127.0.0.1"], url("http://2130706433/"))).toBe(true);
  });
});
