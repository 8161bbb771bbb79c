import { describe, expect, it } from "vitest";
import { notificationEmail } from "./email-text";

const base = { actorName: "Amina Rahimi", workspaceName: "Kabul Fact Desk", link: "https://factdesk.example/w/kabul/articles/a1?claim=c1" };

describe("notificationEmail", () => {
  it("says who did what to which claim, with the link", () => {
    const mail = notificationEmail({ ...base, kind: "ASSIGNED", payload: { wording: "46 killed in Kunduz" } });
    expect(mail.subject).toBe("[Kabul Fact Desk] Amina Rahimi assigned you “46 killed in Kunduz”");
    expect(mail.text).toContain("Open it: https://factdesk.example/w/kabul/articles/a1?claim=c1");
  });

  it("includes the reason of a sent-back verdict and the preview of a mention", () => {
    expect(notificationEmail({ ...base, kind: "VERDICT_SENT_BACK", payload: { wording: "x", reason: "Cite page 4" } }).text).toContain("Reason: Cite page 4");
    expect(notificationEmail({ ...base, kind: "MENTIONED", payload: { wording: "x", preview: "Can you check?" } }).text).toContain("“Can you check?”");
  });

  it("keeps the subject on one line and short, whatever the user text contains (no header injection)", () => {
    const mail = notificationEmail({ ...base, kind: "ASSIGNED", payload: { wording: `evil\r\nBcc: victim@example.org\n${"x".repeat(500)}` } });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(120);
  });

  it("falls back to neutral words when the payload is missing or malformed", () => {
    const mail = notificationEmail({ ...base, actorName: null, kind: "REVIEW_REQUESTED", payload: ["not", "an", "object"] });
    expect(mail.subject).toBe("[Kabul Fact Desk] A verdict awaits your review: a claim");
  });
});
