import fc from "fast-check";
import { z } from "zod";

/**
 * Input generators for the procedure fuzzer (tests/integration/fuzz.integration-test.ts).
 *
 * Two kinds of input, mixed per procedure:
 *  - arbitrary values: anything a client could send through the JSON/superjson
 *    transport (special numbers, unicode, NUL, lone surrogates, huge strings,
 *    deep nesting, prototype-pollution keys), ignoring the procedure's schema;
 *  - near-valid values: the procedure's own fields (read from its zod input),
 *    mostly filled with plausible values and the real ids of the desk under
 *    test, each field sometimes replaced by a wrong value or left out, so the
 *    calls get past the zod parse and the membership check into domain code.
 *
 * Ids are only known once the desk exists (and a desk is recreated when a
 * case consumed it), so generators produce `Late` placeholders that `resolveInput`
 * fills in from the current desk just before the call.
 */

/** What the fuzzer knows about the desk it calls, refreshed after each successful mutation. */
export type FuzzDesk = {
  workspaceId: string;
  workspaceSlug: string;
  /** [the article with the OPEN claim (no sentences), an analysed article with a published summary] */
  articleIds: string[];
  /** [OPEN, PUBLISHED with an approved verdict, NEEDS_REVIEW, OPEN beside the first] at creation; statuses drift as cases succeed. */
  claims: { id: string; version: number; verdictVersion: number | null }[];
  sentenceIds: string[];
  /** [the caller's own comment, the editor's comment mentioning the caller] */
  commentIds: string[];
  evidenceIds: string[];
  invitationIds: string[];
  invitationTokens: string[];
  notificationIds: string[];
  /** Members in role order: ADMIN (the caller), EDITOR, REVIEWER, VIEWER. */
  members: { memberId: string; userId: string; name: string; email: string }[];
  ratingIds: string[];
  /** Another desk the caller is not a member of: its ids must never be reachable. */
  foreign: { workspaceId: string; workspaceSlug: string; articleId: string; claimId: string; memberId: string; userId: string; commentId: string };
};

type Siblings = Readonly<Record<string, unknown>>;

/** A value read from the desk at call time; `fromSiblings` ones also see the other resolved fields of their object. */
export class Late {
  constructor(
    readonly get: (desk: FuzzDesk, siblings: Siblings) => unknown,
    readonly fromSiblings = false,
  ) {}
}

/**
 * Replaces every `Late` in a generated input by its value for `desk`; arrays and
 * objects holding one are copied, own keys like `__proto__` kept. Generators put
 * `Late`s at most 3 levels deep, so deeper values (deep-nesting cases) are left as they are.
 */
export function resolveInput(value: unknown, desk: FuzzDesk, depth = 0): unknown {
  if (value instanceof Late) return value.get(desk, {});
  if (depth > 3 || value === null || typeof value !== "object" || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => resolveInput(v, desk, depth + 1));
  const entries = Object.entries(value);
  const first = entries.map(([k, v]): [string, unknown] => [k, v instanceof Late && v.fromSiblings ? v : resolveInput(v, desk, depth + 1)]);
  const siblings = Object.fromEntries(first) as Siblings;
  return Object.fromEntries(first.map(([k, v]) => [k, v instanceof Late ? v.get(desk, siblings) : v]));
}

// ---------------------------------------------------------------- arbitrary values

const SPECIAL_NUMBERS = [
  NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1e308, -1e308, 5e-324, 1e21, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER, 2 ** 63, 2 ** 64, 8.64e15, -8.64e15,
];

// No http(s) URLs here: article.importUrl fetches what it is given, and the fuzzer must not reach the network.
const NASTY_STRINGS = [
  "", " ", "  \t\n ", "\u0000", "a\u0000b", "\uD800", "\uDFFFx", "\uFEFF", "\u200B", "\u202Eevil", "🙂", "👩🏽‍⚕️", "ﷺ", "دری پښتو", "𝕏𝕐",
  "Ａ", "null", "undefined", "NaN", "true", "0", "-1", "1e308", "[object Object]", "__proto__", "constructor", "prototype",
  "' OR '1'='1", "\"; DROP TABLE \"User\"; --", "%", "_", "\\", "$1", "${process.env}", "{{7*7}}", "<script>alert(1)</script>",
  "../../etc/passwd", "%00", "\r\n", "@[Someone](user:nobody)", "[x](javascript:alert(1))", "unassigned", "OPEN", "ADMIN",
];

/** Long strings around the limits in the schemas (ids 64, titles 300, comments 5 000, articles 2–3 M, uploads 4 M). */
export const hugeString = fc
  .tuple(
    fc.constantFrom(65, 101, 129, 201, 255, 301, 2_001, 5_001, 10_001, 100_001, 2_000_001, 3_000_001, 4_000_001),
    fc.constantFrom("a", "é", "🙂", " ", "\u0000", "<", "@[", "\n", "1"),
  )
  .map(([n, unit]) => unit.repeat(n));

export const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...SPECIAL_NUMBERS), fc.integer({ min: -3, max: 300 }));

export const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: hugeString },
);

const anyLeaf = fc.oneof(fc.constant(null), fc.boolean(), anyNumber, anyString);

const KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "then", "", "workspaceId", "claimId", "articleId", "version", "userId", "role", "status"];
const anyKey = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 10 }) }, { weight: 2, arbitrary: fc.constantFrom(...KEYS) });

/** Object.fromEntries defines own properties, so "__proto__" arrives as a key (as JSON.parse makes it), not as a prototype. */
const objectOf = (value: fc.Arbitrary<unknown>) => fc.array(fc.tuple(anyKey, value), { maxLength: 6 }).map((entries) => Object.fromEntries(entries));

export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: "small", maxDepth: 4 }, anyLeaf, fc.array(tie("value"), { maxLength: 6 }), objectOf(tie("value"))),
})).value;

const deepNesting = fc.tuple(fc.integer({ min: 20, max: 3_000 }), fc.constantFrom("array", "object", "__proto__")).map(([depth, kind]) => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : Object.fromEntries([[kind === "object" ? "a" : "__proto__", value]]);
  return value;
});

/** Anything at all as the whole input (no input, a leaf, an array, an object of random keys, deep nesting). */
export const arbitraryInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: anyJson },
  { weight: 1, arbitrary: deepNesting },
);

/** What replaces one field of a near-valid input: a wrong type, length or value. */
const wrongValue = fc.oneof({ weight: 4, arbitrary: anyLeaf }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: anyJson });

// ---------------------------------------------------------------- plausible field values

const late = (get: (desk: FuzzDesk) => unknown) => fc.constant(new Late(get));
/** One of a list on the desk, picked by position at generation time and read at call time. */
const pick = (list: (desk: FuzzDesk) => readonly unknown[]) => fc.nat().map((i) => new Late((desk) => { const l = list(desk); return l[i % l.length]; }));

const randomId = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
  fc.string({ minLength: 1, maxLength: 64 }),
  fc.constantFrom("a", "x".repeat(64), "x".repeat(65), "", " ", "\u0000", "a\u0000b", "%", "*", "' OR '1'='1", "🙂", "\uD800", "unassigned"),
);

/** Mostly a real id of the desk, sometimes one of another desk or none at all. */
const idFrom = (own: (desk: FuzzDesk) => readonly unknown[], foreign?: (desk: FuzzDesk) => unknown) =>
  fc.oneof(
    { weight: 16, arbitrary: pick(own) },
    { weight: foreign ? 1 : 0, arbitrary: late(foreign ?? (() => null)) },
    { weight: 1, arbitrary: randomId },
  );

const claimIdArb = idFrom((d) => d.claims.map((c) => c.id), (d) => d.foreign.claimId);

/** A version: usually the current one of the claim named beside it (or its verdict's), else a guess or an edge case. */
const versionArb = (of: "claim" | "verdict") =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.constant(
        new Late((desk, siblings) => {
          const claim = desk.claims.find((c) => c.id === siblings.claimId) ?? desk.claims[0]!;
          return of === "verdict" ? (claim.verdictVersion ?? 1) : claim.version;
        }, true),
      ),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) },
    // Versions are 32-bit integers in the database; zod allows up to 2^53.
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER) },
  );

/** Offsets into the desk's articles (about 85 and 260 characters long), and edge cases. */
const offsetArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 130 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 10_000_000, 10_000_001) },
);

/** A short article with four check-worthy sentences (the fuzz desk analyses it, and near-valid texts reuse it). */
export const ARTICLE_TEXT =
  "The ministry said 46 people were killed in Kunduz on Saturday. Officials expect 1,500 families to return by March.\n\n" +
  "Unemployment rose to 12 percent last year, according to the statistics office. The mayor said the bridge would reopen next week.";

const textArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(ARTICLE_TEXT) },
  { weight: 2, arbitrary: fc.lorem({ mode: "sentences", maxCount: 8 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "   \n\t", "\u0000\u0001\u0002 binary", "%PDF-1.7\u0000\u0000", `${ARTICLE_TEXT}\u0000`, "a".repeat(2_000_001)) },
);

const shortText = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(max, 60) }) },
    { weight: 4, arbitrary: fc.lorem({ maxCount: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "  ", "x".repeat(max), "x".repeat(max + 1), "Kabul\u0000", "دری", "<b>bold</b>", "@[x](user:y)") },
  );

const webUrlArb = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "https://example.org/report", "example.org/report?utm_source=x", "//example.org/a", "www.example.org", "javascript:alert(1)",
      "JaVa\tScript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/a", "mailto:a@example.org", "name@example.org",
      "https://user:pass@example.org/", "http://[::1]/", "http://127.0.0.1:5432/", "https://exa mple.org", "https://example",
      "https://xn--80ak6aa92e.com/", "https://пример.рф/путь", `https://example.org/${"a".repeat(2_100)}`, "http://", "https://.",
    ),
  },
);

/** For article.importUrl: only addresses refused before any network traffic (invalid, not http, or private IP literals). */
const offlineUrlArb = fc.oneof(
  fc.constantFrom(
    "", " ", "not a url", "example.org", "ftp://example.org/a", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,x",
    "http://", "https://", "http://127.0.0.1/", "http://127.0.0.1:1/", "https://10.0.0.1/news", "http://[::1]/", "http://0x7f.1/",
    "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1:8080/a", "http://0.0.0.0/", "https://user:pass@127.0.0.1/",
    "http://[fd00::1]/", "http://2130706433/", `http://127.0.0.1/${"a".repeat(2_100)}`,
  ),
  fc.string({ maxLength: 60 }).filter((s) => !/^\s*https?:/i.test(s)),
);

const dateArb = fc.oneof(
  fc.date().map((d) => d.toISOString()),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    "2024-02-30", "2021-10-09", "2021-10-09T14:32:00Z", "yesterday", "", "0000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z",
    "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z", "9999-12-31T23:59:59Z", 0, -1, 8.64e15, -8.64e15, 8.64e15 + 1,
  ),
);

const roleArb = fc.constantFrom("ADMIN", "EDITOR", "REVIEWER", "VIEWER", "OWNER", "admin", "");

const commentBodyArb = fc.oneof(
  { weight: 3, arbitrary: fc.lorem({ maxCount: 12 }) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 200 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.nat(), fc.constantFrom("ok", "**bold** _it_ `code`", "> quote\n\n- a\n- b", "[link](javascript:alert(1))")).map(
      ([i, rest]) => new Late((d) => { const m = d.members[i % d.members.length]!; return `@[${m.name}](user:${m.userId}) ${rest}`; }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "@[Nobody](user:nobody-here) hi", "@[x](user:)", "@[](user:abc)", "@[".repeat(3_000), "x".repeat(5_000), "x".repeat(5_001), "  ",
      "<img src=x onerror=alert(1)>", "\u0000", "a\u0000b",
    ),
  },
  { weight: 1, arbitrary: late((d) => `@[${d.foreign.userId}](user:${d.foreign.userId}) outsider`) },
);

const uploadNameArb = fc.oneof(
  fc.constantFrom("article.txt", "article.md", "page.html", "page.HTM", "notes.markdown", "report.pdf", "noextension", ".txt", "a.txt ", "", " "),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(".txt", ".md", ".html", ".exe", "")).map(([a, b]) => a + b),
);

const base64Arb = fc.oneof(
  fc.constant(Buffer.from(ARTICLE_TEXT).toString("base64")),
  fc.constant(Buffer.from(`<html><head><title>T</title></head><body><article><p>${ARTICLE_TEXT}</p></article></body></html>`).toString("base64")),
  fc.constant(Buffer.from(`---\ntitle: Report\n---\n\n# Report\n\n${ARTICLE_TEXT}`).toString("base64")),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("base64")),
  fc.string({ maxLength: 300 }).map((s) => Buffer.from(s).toString("base64")),
  fc.string({ unit: "binary", maxLength: 200 }).map((s) => Buffer.from(s, "utf16le").toString("base64")),
  fc.constantFrom("", "!!!not base64!!!", "====", "AA", Buffer.from([0xff, 0xfe, 0x41, 0x00]).toString("base64"), Buffer.from([0, 0, 0]).toString("base64")),
);

const emailArb = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/), fc.constantFrom("example.org", "desk.example.com", "xn--mgbh0fb.example")).map(([l, d]) => `${l}@${d}`) },
  { weight: 2, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: late((d) => d.members[0]!.email) },
  { weight: 1, arbitrary: late((d) => ` ${d.members[1]!.email.toUpperCase()} `) },
  { weight: 1, arbitrary: fc.constantFrom("", "not-an-email", "a@b", "@example.org", `${"a".repeat(250)}@example.org`, "a\u0000@example.org", "ä@example.org") },
);

const urlSettingArb = fc.oneof(fc.constant(""), webUrlArb);

/**
 * Plausible values for every input field the app's procedures take, by field
 * name (and procedure, where a name means different things). A field missing
 * here is reported by the fuzz test, so new procedures get generators too.
 */
export function plausibleField(path: string, field: string): fc.Arbitrary<unknown> | undefined {
  switch (field) {
    case "workspaceId":
      return fc.oneof(
        { weight: 18, arbitrary: late((d) => d.workspaceId) },
        { weight: 1, arbitrary: late((d) => d.foreign.workspaceId) },
        { weight: 1, arbitrary: randomId },
      );
    case "articleId":
      return idFrom((d) => d.articleIds, (d) => d.foreign.articleId);
    case "claimId":
      return claimIdArb;
    case "sentenceId":
      return idFrom((d) => d.sentenceIds);
    case "commentId":
    case "parentId":
      return idFrom((d) => d.commentIds, (d) => d.foreign.commentId);
    case "evidenceId":
      return idFrom((d) => d.evidenceIds);
    case "invitationId":
      return idFrom((d) => d.invitationIds);
    case "memberId":
      return idFrom((d) => d.members.map((m) => m.memberId), (d) => d.foreign.memberId);
    case "assigneeId":
      return fc.oneof(idFrom((d) => d.members.map((m) => m.userId), (d) => d.foreign.userId), fc.constant("unassigned"));
    case "cursor":
      return fc.oneof(idFrom((d) => d.notificationIds), fc.constant(null));
    case "ids":
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(idFrom((d) => d.notificationIds), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(fc.uuid(), { minLength: 200, maxLength: 201 }) },
      );
    case "slug":
      return fc.oneof(late((d) => d.workspaceSlug), late((d) => d.foreign.workspaceSlug), fc.string({ minLength: 1, maxLength: 101 }), fc.constantFrom("workspace", "%", "_"));
    case "token":
      return fc.oneof(
        { weight: 3, arbitrary: pick((d) => d.invitationTokens) },
        { weight: 2, arbitrary: fc.string({ minLength: 16, maxLength: 128 }) },
        { weight: 1, arbitrary: fc.constantFrom("short", "x".repeat(16), "x".repeat(129), "\u0000".repeat(20), "🙂".repeat(40)) },
      );
    case "version":
      return versionArb("claim");
    case "claimVersion":
      return versionArb("claim");
    case "verdictVersion":
      return versionArb("verdict");
    case "start":
    case "end":
      // Optional when editing a claim: leaving the span alone is the common edit.
      return path === "claim.update" ? fc.oneof(fc.constant(undefined), offsetArb) : offsetArb;
    case "at":
      return offsetArb;
    case "count":
      return fc.oneof(fc.integer({ min: 0, max: 51 }), fc.constantFrom(1, 50, 1.5));
    case "take":
      return fc.oneof(fc.integer({ min: 0, max: 201 }), fc.constantFrom(1, 200));
    case "wording":
      return fc.oneof(
        fc.constant(undefined),
        fc.constantFrom("46 people were killed", "1,500 families expected to return", "ab", "  abc  ", "x".repeat(300), "x".repeat(301)),
        fc.string({ minLength: 3, maxLength: 120 }),
      );
    case "query":
      // Claim search: words of the desk's claims (Latin and Arabic script), too short, LIKE wildcards, the length limit.
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom("killed", "Kunduz", "1,500 families", "Kundoz", "دری پښتو", "ab", "", "  ", "%", "_%_", "%%%abc", "\\", "x".repeat(200), "x".repeat(201)) },
        { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
      );
    case "title":
      return shortText(300);
    case "text":
      return textArb;
    case "sourceUrl":
      return fc.oneof(fc.constant(undefined), webUrlArb);
    case "outlet":
    case "author":
      return fc.oneof(fc.constant(undefined), shortText(200));
    case "publishedAt":
      return fc.oneof(fc.constant(undefined), dateArb);
    case "language":
      return fc.oneof(
        fc.constantFrom(undefined, "en", "fa", "ps", "ar", "en-GB", "EN", "e", "", "zh-Hant-TW"),
        fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/),
        fc.constant(`en${"-abcdefgh".repeat(500)}`),
      );
    case "url":
      return path === "article.importUrl" ? offlineUrlArb : webUrlArb;
    case "archivedUrl":
      return fc.oneof(fc.constant(undefined), fc.constant(""), webUrlArb);
    case "name":
      if (path === "article.parseUpload") return uploadNameArb;
      return shortText(path === "auth.signUp" ? 100 : 80);
    case "contentBase64":
      return base64Arb;
    case "email":
      return emailArb;
    case "password":
      return fc.oneof(fc.string({ minLength: 10, maxLength: 40 }), fc.constantFrom("short", "x".repeat(200), "x".repeat(201), " ".repeat(10), "\u0000".repeat(10)));
    case "role":
      return roleArb;
    case "expiresInDays":
      return fc.oneof(fc.integer({ min: 0, max: 31 }), fc.constantFrom(1, 30, 1.5, undefined));
    case "body":
      return commentBodyArb;
    case "quote":
      return fc.oneof(fc.constant(undefined), shortText(2_000));
    case "stance":
      return fc.constantFrom("SUPPORTS", "REFUTES", "CONTEXT", "supports", "");
    case "sourceType":
      return fc.constantFrom(undefined, "OFFICIAL_DOCUMENT", "OFFICIAL_STATEMENT", "NEWS_REPORT", "EXPERT", "DATASET", "SOCIAL_MEDIA", "OTHER", "BLOG");
    case "rating":
      return fc.oneof(
        { weight: 6, arbitrary: pick((d) => d.ratingIds) },
        { weight: 1, arbitrary: fc.constantFrom("True", "FALSE", "", " ", "x".repeat(40), "x".repeat(41)) },
      );
    case "rationale":
      return shortText(5_000);
    case "reason":
      return shortText(1_000);
    case "note":
      return shortText(2_000);
    case "confidence":
      return fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constantFrom(0, 100, 50.5));
    case "includeUnverified":
    case "twoPersonRule":
    case "unreadOnly":
      return fc.oneof(fc.boolean(), fc.constant(undefined));
    case "corrections":
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(fc.record({ claimId: claimIdArb, note: shortText(2_000) }), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
    case "claims": {
      const entry = (claimId: fc.Arbitrary<unknown>) => fc.record({ claimId, version: versionArb("claim") });
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(entry(claimIdArb), { maxLength: 4 }) },
        // The desk's mergeable pair: its first claim and the OPEN one beside it.
        { weight: 2, arbitrary: fc.tuple(entry(late((d) => d.claims[0]!.id)), entry(late((d) => d.claims.at(-1)!.id))).map((pair) => [...pair]) },
        { weight: 1, arbitrary: fc.array(entry(claimIdArb), { minLength: 21, maxLength: 21 }) },
      );
    }
    case "status":
      return fc.constantFrom(undefined, "OPEN", "IN_PROGRESS", "NEEDS_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED", "open");
    case "lastEventId":
      return fc.oneof(
        fc.constantFrom(undefined, null, "", "0", "1", "abc", "-1", "9223372036854775807", "9223372036854775808", "9999999999999999999", "18446744073709551616"),
        fc.bigInt({ min: BigInt(0), max: BigInt(2) ** BigInt(66) }).map(String),
      );
    case "methodology":
    case "correctionsPolicy":
      return shortText(5_000);
    case "orgName":
      return fc.oneof(fc.constant(undefined), shortText(120));
    case "orgUrl":
    case "orgLogoUrl":
      return fc.oneof(fc.constant(undefined), urlSettingArb);
    default:
      return undefined;
  }
}

const ABSENT = Symbol("absent");

/**
 * A near-valid input for a procedure taking `fields`: plausible values, with a
 * per-case share of the fields (none, a few, or most) replaced by a wrong value
 * or left out, so that some cases are valid, many have exactly one thing
 * wrong, and some are mostly wrong; sometimes with extra keys (mass
 * assignment, prototype pollution).
 */
export function nearValidInput(path: string, fields: readonly string[]): fc.Arbitrary<unknown> {
  const extras = fc.oneof(
    { weight: 6, arbitrary: fc.constant([] as [string, unknown][]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(anyKey, anyJson), { minLength: 1, maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<[string, unknown][]>(
        [["__proto__", { role: "ADMIN", isAdmin: true }]],
        [["constructor", { prototype: { polluted: true } }]],
        [["role", "ADMIN"], ["userId", "someone-else"]],
      ),
    },
  );
  if (fields.length === 0) return fc.oneof(fc.constant(undefined), extras.map((e) => Object.fromEntries(e)));
  const corrupted = fc.oneof({ weight: 3, arbitrary: wrongValue }, { weight: 1, arbitrary: fc.constant(ABSENT) });
  const perField = fields.map((field) => fc.tuple(plausibleField(path, field) ?? wrongValue, corrupted, fc.integer({ min: 0, max: 99 })));
  // Percentage of fields corrupted in this case.
  const share = fc.constantFrom(0, 0, 0, 15, 30, 70);
  return fc.tuple(share, fc.tuple(...perField), extras).map(([pct, values, extra]) => {
    const entries = fields.map((field, i) => {
      const [good, bad, roll] = values[i]!;
      return [field, roll < pct ? bad : good] as [string, unknown];
    });
    return Object.fromEntries([...entries.filter(([, v]) => v !== ABSENT), ...extra]);
  });
}

/** The mix for one procedure: 20 % arbitrary values, 80 % near-valid ones. */
export function procedureInput(path: string, fields: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: arbitraryInput }, { weight: 8, arbitrary: nearValidInput(path, fields) });
}

// ---------------------------------------------------------------- reading procedure inputs

/** The top-level keys of a procedure's input objects (all `.input()`s merged), read from the zod schemas. */
export function inputFields(inputs: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const input of inputs) for (const key of objectKeys(input)) keys.add(key);
  return [...keys];
}

function objectKeys(schema: unknown): string[] {
  let s = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (s instanceof z.ZodObject) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: { innerType?: unknown; in?: unknown } } })?._zod?.def;
    const inner = def?.innerType ?? def?.in;
    if (!inner) return [];
    s = inner;
  }
  return [];
}

// ---------------------------------------------------------------- showing counterexamples

/** A readable, bounded rendering of an input (long strings shortened, NaN/-0/undefined kept, own `__proto__` keys shown). */
export function showInput(value: unknown, depth = 0): string {
  if (depth > 8) return "…";
  if (typeof value === "string") {
    if (value.length <= 120) return JSON.stringify(value);
    const unit = String.fromCodePoint(value.codePointAt(0)!);
    const times = value.length / unit.length;
    return Number.isInteger(times) && value === unit.repeat(times)
      ? `${JSON.stringify(unit)}.repeat(${times})`
      : `${JSON.stringify(value.slice(0, 60))}…(${value.length} chars)`;
  }
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "new Date(NaN)" : `new Date(${JSON.stringify(value.toISOString())})`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 8).map((v) => showInput(v, depth + 1));
    return `[${shown.join(", ")}${value.length > 8 ? `, …(${value.length} items)` : ""}]`;
  }
  const entries = Object.entries(value);
  const shown = entries.slice(0, 12).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) && k !== "__proto__" ? k : JSON.stringify(k)}: ${showInput(v, depth + 1)}`);
  return `{ ${shown.join(", ")}${entries.length > 12 ? ", …" : ""} }`;
}
