import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./same-origin";

const URL_ = "http://localhost:3000/api/trpc/claim.take";
const h = (init: Record<string, string>) => new Headers(init);

describe("isCrossSiteRequest", () => {
  it("lets same-origin browser requests and non-browser clients through", () => {
    expect(isCrossSiteRequest(h({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), URL_, "")).toBe(false);
    expect(isCrossSiteRequest(h({}), URL_, "")).toBe(false);
  });

  it("refuses another origin, a same-site subdomain, and the opaque null origin", () => {
    expect(isCrossSiteRequest(h({ origin: "https://evil.example" }), URL_, "")).toBe(true);
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "cross-site" }), URL_, "")).toBe(true);
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "same-site", origin: "http://sub.localhost:3000" }), URL_, "")).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "null" }), URL_, "")).toBe(true);
  });

  it("accepts the configured public address and the proxy's forwarded host", () => {
    expect(isCrossSiteRequest(h({ origin: "https://factdesk.example" }), "http://10.0.0.5:3000/api/trpc/x", "https://factdesk.example/")).toBe(false);
    expect(isCrossSiteRequest(h({ origin: "https://desk.example", "x-forwarded-host": "desk.example", "x-forwarded-proto": "https" }), "http://10.0.0.5:3000/x", "")).toBe(false);
  });
});
