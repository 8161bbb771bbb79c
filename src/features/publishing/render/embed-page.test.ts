import { describe, expect, it } from "vitest";
import { countsSentence } from "../summary-counts";
import { renderEmbed } from "./embed-page";
import { expectInert, HOSTILE, hostileSnapshot, parse, snapshot } from "./test-helpers";

const summaryUrl = "https://desk.example/s/blast";

describe("renderEmbed", () => {
  const snap = snapshot();
  const doc = parse(renderEmbed(snap, { summaryUrl }));

  it("is a complete, script-free document that search engines skip", () => {
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("title")?.textContent).toBe("Fact-check: Blast kills dozens · Factdesk Team");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(doc.querySelectorAll("style").length).toBe(1);
    expect(doc.body.className).toBe("embed");
    expectInert(doc, { jsonLdBlocks: 0 });
  });

  it("shows the title, the counts and one line per claim with its badge", () => {
    expect(doc.querySelector("h1")?.textContent).toBe("Fact-check: Blast kills dozens");
    expect(doc.querySelector(".counts")?.textContent).toBe(countsSentence(snap));
    const lines = [...doc.querySelectorAll(".lines li")];
    expect(lines.map((li) => li.querySelector(".badge")?.className)).toEqual(["badge b-green", "badge b-none"]);
    expect(lines.map((li) => li.querySelector("a")?.textContent)).toEqual(["46 people died in the blast", "Turnout was 80%"]);
    expect(lines[0]?.querySelector("a")?.getAttribute("href")).toBe(`${summaryUrl}#claim-c1`);
  });

  it("opens every link in the top window, the full fact-check included", () => {
    const links = [...doc.querySelectorAll("a")];
    for (const a of links) expect(a.getAttribute("target")).toBe("_top");
    const full = links.find((a) => a.textContent?.startsWith("Read the full fact-check"));
    expect(full?.getAttribute("href")).toBe(summaryUrl);
  });

  it("keeps hostile text as text", () => {
    const hostile = parse(renderEmbed(hostileSnapshot(), { summaryUrl: "javascript:alert(1)" }));
    expectInert(hostile, { jsonLdBlocks: 0 });
    expect(hostile.querySelector("h1")?.textContent).toBe(`Fact-check: ${HOSTILE}`);
    expect(hostile.querySelector(".lines a")?.textContent).toBe(HOSTILE);
    expect([...hostile.querySelectorAll("a")].every((a) => a.getAttribute("href") === "#")).toBe(true);
  });
});
