import { describe, expect, it } from "vitest";
import type { Rating } from "@/features/verdicts/rating-scale";
import { CSV_COLUMNS, summaryCsv, summaryJson, summaryMarkdown } from "./exports";
import type { SummarySnapshot } from "./snapshot";
import { publishedClaim as claim, publishedEvidence as evidence, rating, summarySnapshot as snapshot } from "./snapshot.fixture";

/** Published on 2 May 2024: the date every export's "Checked on" line prints. */
const published = { publishedAt: "2024-05-02T09:00:00.000Z", firstPublishedAt: "2024-05-02T09:00:00.000Z" };

/** The summary the layout tests spell out in full, every value they print given here. */
const laidOut: Partial<SummarySnapshot> = {
  ...published,
  article: { title: "Blast kills dozens", outlet: "Daily Example", author: "Jo Reporter", url: "https://news.example/blast", publishedAt: "2024-04-30", language: "en" },
  organization: { name: "Factdesk Team", url: "https://desk.example", logoUrl: null },
  methodology: "We check numbers against official records.",
  correctionsPolicy: "We correct mistakes openly.",
  claims: [
    claim("c1", rating("true"), {
      quotedText: "Officials said 46 people died.",
      wording: "46 people died",
      rationale: "The ministry's list names 46.",
      evidence: [evidence({ url: "https://gov.example/list", title: "Ministry casualty list", quote: "46 names", stance: "SUPPORTS", sourceType: "OFFICIAL_DOCUMENT", archivedUrl: "https://archive.example/gov-list" })],
      reviewedAt: "2024-05-01T10:00:00.000Z",
    }),
    claim("c2", null, { wording: "Roads reopened", quotedText: "Roads reopened." }),
  ],
};

const summaryUrl = "https://desk.example/s/blast";

/** Every Markdown link (or image) not neutralised by a backslash, with its destination. */
function liveLinks(md: string): string[] {
  return [...md.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g)].map((m) => m[2] ?? "");
}

describe("summaryMarkdown", () => {
  it("lays out the title, source, date, counts and each claim", () => {
    expect(summaryMarkdown(snapshot(laidOut), { summaryUrl })).toBe(
      [
        "# Blast kills dozens",
        "[Daily Example](https://news.example/blast) · by Jo Reporter",
        "Checked on 2 May 2024 by Factdesk Team",
        "2 claims checked: 1 true, 1 unverified.",
        "## 46 people died",
        "**True**",
        "> Officials said 46 people died.",
        "The ministry's list names 46.",
        "Sources:",
        "- [Ministry casualty list](https://gov.example/list) — supports the claim ([archived](https://archive.example/gov-list))",
        "[Link to this claim](https://desk.example/s/blast#claim-c1)",
        "## Roads reopened",
        "**Unverified**",
        "> Roads reopened.",
        "[Link to this claim](https://desk.example/s/blast#claim-c2)",
        "Full fact check: [https://desk.example/s/blast](https://desk.example/s/blast)",
      ].join("\n\n") + "\n",
    );
  });

  it("does not turn user text into links, images or HTML", () => {
    const hostile = "[x](javascript:alert(1)) ![i](https://t.example/p.gif) <script>alert(1)</script> <img src=x onerror=alert(1)>";
    const md = summaryMarkdown(
      snapshot({
        article: { ...snapshot().article, title: hostile, outlet: hostile, author: hostile },
        claims: [claim("c1", rating("false"), { wording: hostile, quotedText: hostile, rationale: hostile, evidence: [evidence({ title: hostile })] })],
      }),
      { summaryUrl },
    );
    expect(md).toContain("# \\[x\\](javascript:alert(1))");
    expect(md).not.toMatch(/(?<!\\)</);
    expect(liveLinks(md).every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(liveLinks(md)).not.toContain("https://t.example/p.gif");
  });

  it("links only http(s) URLs, and keeps parentheses from ending a link", () => {
    const md = summaryMarkdown(
      snapshot({
        article: { ...snapshot().article, url: "javascript:alert(1)" },
        claims: [
          claim("c1", rating("false"), {
            evidence: [
              evidence({ url: "data:text/html,<script>alert(1)</script>", title: "Data", archivedUrl: "javascript:x" }),
              evidence({ url: "https://en.example/wiki/Blast_(2024)", title: "Wiki", stance: "REFUTES", archivedUrl: null }),
            ],
          }),
        ],
      }),
      { summaryUrl },
    );
    expect(md).toContain("\n\nDaily Example · by Jo Reporter\n\n");
    expect(md).toContain("- Data — supports the claim\n");
    expect(md).toContain("- [Wiki](https://en.example/wiki/Blast_%282024%29) — refutes the claim\n");
    expect(liveLinks(md).every((url) => /^https?:\/\//.test(url))).toBe(true);
  });

  it("escapes block markers at the start of lines and keeps paragraphs", () => {
    const rationale = "# Not a heading\n- not a list\n+ nor this\n1. nor this\n    not code\n===\n\n\n\nSecond *paragraph* with a_b | c ~~x~~ & &lt;";
    const md = summaryMarkdown(snapshot({ claims: [claim("c1", rating("false"), { rationale })] }), { summaryUrl });
    expect(md).toContain(
      "\\# Not a heading\n\\- not a list\n\\+ nor this\n1\\. nor this\nnot code\n\\===\n\nSecond \\*paragraph\\* with a\\_b \\| c \\~\\~x\\~\\~ \\& \\&lt;",
    );
  });

  it("quotes every line of a multi-line quote, and keeps headings on one line", () => {
    const md = summaryMarkdown(
      snapshot({ claims: [claim("c1", rating("true"), { quotedText: "Line one\r\n\r\nLine two\n> nested", wording: "Two\nlines" })] }),
      { summaryUrl },
    );
    expect(md).toContain("## Two lines\n");
    expect(md).toContain("> Line one\n>\n> Line two\n> \\> nested\n");
  });

  it("keeps right-to-left text as it is", () => {
    const md = summaryMarkdown(snapshot({ claims: [claim("c1", rating("true"), { wording: "הממשלה אמרה ש-46 מתו" })] }), { summaryUrl });
    expect(md).toContain("## הממשלה אמרה ש-46 מתו\n");
  });

  it("says when a republished summary was updated, and lists corrections", () => {
    const md = summaryMarkdown(
      snapshot({
        firstPublishedAt: "2024-05-02T09:00:00.000Z",
        version: 2,
        publishedAt: "2024-06-10T08:00:00.000Z",
        corrections: [{ date: "2024-06-10T08:00:00.000Z", version: 2, anchor: "c1", wording: "46 people died", note: "Rating changed *after* new data.", before: "False", after: "True" }],
      }),
      { summaryUrl },
    );
    expect(md).toContain("Checked on 2 May 2024 by Factdesk Team · updated 10 June 2024\n");
    expect(md).toContain("## Corrections\n\n- 10 June 2024: Rating changed \\*after\\* new data.\n");
  });

  it("works with no claims and an unknown source", () => {
    const md = summaryMarkdown(
      snapshot({ ...published, claims: [], article: { title: "T", outlet: null, author: null, url: null, publishedAt: null, language: "en" } }),
      { summaryUrl },
    );
    expect(md).toBe(`# T\n\nChecked on 2 May 2024 by Factdesk Team\n\nNo claims checked yet.\n\nFull fact check: [${summaryUrl}](${summaryUrl})\n`);
  });
});

describe("summaryJson", () => {
  it("has the documented public shape", () => {
    const s = snapshot({
      ...laidOut,
      corrections: [{ date: "2024-06-10T08:00:00.000Z", version: 2, anchor: "c1", wording: "46 people died", note: "Fixed.", before: "False", after: "True" }],
    });
    expect(summaryJson(s, { summaryUrl })).toEqual({
      schemaVersion: 1,
      url: summaryUrl,
      slug: "blast",
      version: 1,
      publishedAt: "2024-05-02T09:00:00.000Z",
      firstPublishedAt: "2024-05-02T09:00:00.000Z",
      article: { title: "Blast kills dozens", outlet: "Daily Example", author: "Jo Reporter", url: "https://news.example/blast", publishedAt: "2024-04-30", language: "en" },
      publisher: { name: "Factdesk Team", url: "https://desk.example/", logoUrl: null },
      methodology: "We check numbers against official records.",
      correctionsPolicy: "We correct mistakes openly.",
      scale: { best: 5, worst: 1 },
      counts: { total: 2, verified: 1, unverified: 1, byRating: [{ label: "True", count: 1 }] },
      claims: [
        {
          id: "c1",
          url: `${summaryUrl}#claim-c1`,
          quotedText: "Officials said 46 people died.",
          wording: "46 people died",
          rating: { label: "True", value: 5 },
          rationale: "The ministry's list names 46.",
          reviewedAt: "2024-05-01T10:00:00.000Z",
          evidence: [
            {
              title: "Ministry casualty list",
              url: "https://gov.example/list",
              archivedUrl: "https://archive.example/gov-list",
              quote: "46 names",
              stance: "SUPPORTS",
              sourceType: "OFFICIAL_DOCUMENT",
            },
          ],
        },
        { id: "c2", url: `${summaryUrl}#claim-c2`, quotedText: "Roads reopened.", wording: "Roads reopened", rating: null, rationale: "", reviewedAt: null, evidence: [] },
      ],
      corrections: [{ date: "2024-06-10T08:00:00.000Z", version: 2, claimId: "c1", claimWording: "46 people died", note: "Fixed.", ratingBefore: "False", ratingAfter: "True" }],
    });
  });

  it("keeps an off-scale rating's null value, and nulls URLs that are not http(s)", () => {
    const json = summaryJson(
      snapshot({
        organization: { name: "D", url: "javascript:alert(1)", logoUrl: "data:image/png;base64,x" },
        claims: [claim("c1", rating("unverifiable"), { evidence: [evidence({ url: "javascript:alert(1)", archivedUrl: "ftp://x.example/a" })] })],
      }),
      { summaryUrl },
    );
    expect(json.claims[0]?.rating).toEqual({ label: "Unverifiable", value: null });
    expect(json.publisher).toEqual({ name: "D", url: null, logoUrl: null });
    expect(json.claims[0]?.evidence[0]).toMatchObject({ url: null, archivedUrl: null });
  });

  it("survives a JSON round trip unchanged, and leaks nothing the shape does not name", () => {
    const json = summaryJson(snapshot(), { summaryUrl });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const text = JSON.stringify(json);
    expect(text).not.toContain('"tone"');
    expect(text).not.toContain('"anchor"');
  });
});

/** A small RFC 4180 reader, to check the CSV reads back as the cells that went in. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      endCell();
    } else if (!quoted && c === "\r" && csv[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe("summaryCsv", () => {
  it("writes a BOM, a header and one CRLF row per claim", () => {
    const csv = summaryCsv(snapshot(laidOut));
    expect(csv.startsWith("\uFEFFclaim_id,wording,quoted_text,rating,rating_value,rationale,sources\r\n")).toBe(true);
    expect(readCsv(csv.slice(1))).toEqual([
      [...CSV_COLUMNS],
      ["c1", "46 people died", "Officials said 46 people died.", "True", "5", "The ministry's list names 46.", "Ministry casualty list <https://gov.example/list>"],
      ["c2", "Roads reopened", "Roads reopened.", "Unverified", "", "", ""],
    ]);
  });

  it("keeps commas, quotes, newlines and right-to-left text inside their cells", () => {
    const tricky = 'He said, "46 died"\nthen "47",\r\nthen\r48';
    const rtl = "הממשלה אמרה ש-46 מתו، والحكومة قالت";
    const csv = summaryCsv(
      snapshot({
        claims: [
          claim("c1", rating("misleading"), {
            rationale: "The ministry's list names 46.",
            wording: tricky,
            quotedText: rtl,
            evidence: [evidence({ title: "A, B" }), evidence({ title: 'The "list"', url: "https://x.example/?a=1,2" })],
          }),
        ],
      }),
    );
    const [, row] = readCsv(csv.slice(1));
    expect(row).toEqual(["c1", tricky, rtl, "Misleading", "2", "The ministry's list names 46.", 'A, B <https://gov.example/list>; The "list" <https://x.example/?a=1,2>']);
  });

  it("defuses formula payloads in every text column", () => {
    const payloads = ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "＝1+1"];
    for (const payload of payloads) {
      const csv = summaryCsv(
        snapshot({
          claims: [claim(payload, { id: "odd", label: payload, value: 2, tone: "grey" }, { wording: payload, quotedText: payload, rationale: payload, evidence: [evidence({ title: payload })] })],
        }),
      );
      const [, row] = readCsv(csv.slice(1));
      expect(row?.length).toBe(CSV_COLUMNS.length);
      for (const [i, cell] of (row ?? []).entries()) {
        if (CSV_COLUMNS[i] === "rating_value") continue;
        expect(cell.startsWith("'"), `${CSV_COLUMNS[i]}: ${JSON.stringify(payload)}`).toBe(true);
        expect(cell.slice(1).startsWith(payload)).toBe(true);
      }
    }
  });

  it("leaves negative rating values as numbers", () => {
    const wrong: Rating = { id: "wrong", label: "Wrong", value: -10, tone: "red" };
    const [, row] = readCsv(summaryCsv(snapshot({ claims: [claim("c1", wrong)] })).slice(1));
    expect(row?.[4]).toBe("-10");
  });

  it("is only the header for a summary with no claims", () => {
    expect(summaryCsv(snapshot({ claims: [] }))).toBe("\uFEFFclaim_id,wording,quoted_text,rating,rating_value,rationale,sources\r\n");
  });
});
