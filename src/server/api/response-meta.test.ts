import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { responseHeadersFor } from "./response-meta";

describe("responseHeadersFor", () => {
  it("tells a client refused with 503 when to retry, and adds nothing otherwise", () => {
    expect(responseHeadersFor([new TRPCError({ code: "SERVICE_UNAVAILABLE" })])?.get("retry-after")).toBe("2");
    expect(responseHeadersFor([new TRPCError({ code: "NOT_FOUND" }), new TRPCError({ code: "SERVICE_UNAVAILABLE" })])?.get("retry-after")).toBe("2");
    expect(responseHeadersFor([new TRPCError({ code: "CONFLICT" })])).toBeUndefined();
    expect(responseHeadersFor([])).toBeUndefined();
  });
});
