import { describe, expect, it } from "vitest";
import { appPageCsp, newNonce } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("the app pages' Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce, never inline ones", () => {
    const policy = appPageCsp("abc123");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "script-src")).not.toContain("unsafe");
  });

  it("refuses framing, plugins, foreign base URLs and form targets", () => {
    const policy = appPageCsp("n");
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(d);
  });

  it("allows eval only in development (hot reload)", () => {
    expect(appPageCsp("n", { development: true })).toContain("'unsafe-eval'");
    expect(appPageCsp("n")).not.toContain("'unsafe-eval'");
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
