import type pg from "pg";
import { FIRST_NAMES, LAST_NAMES, RATINGS, WORDS, WORDS_FA } from "./scale-words";

/** The shape of the scale desk set (bench/scale.ts). */
export const SCALE = { workspaces: 50, usersPerWorkspace: 20, articlesPerWorkspace: 200, sentencesPerArticle: 25, claimVariants: 4 } as const;
export const ARTICLES = SCALE.workspaces * SCALE.articlesPerWorkspace;
export const CLAIMS = ARTICLES * SCALE.sentencesPerArticle * SCALE.claimVariants;
/** Tables whose secondary indexes are dropped for the load and rebuilt after (one CREATE INDEX beats a million inserts into it). */
const BULK_TABLES = ["Article", "Sentence", "Claim", "Verdict", "Evidence", "Comment", "AuditEvent"];

/** Per member: 2 admins, 4 editors, 10 reviewers, 4 viewers; claims are held by editors and reviewers (k = 3..16). */
const ROLE_OF_K = `CASE WHEN k <= 2 THEN 'ADMIN' WHEN k <= 6 THEN 'EDITOR' WHEN k <= 16 THEN 'REVIEWER' ELSE 'VIEWER' END::"Role"`;
const user = (ws: string, k: string) => `'scale-u-' || lpad((${ws})::text, 3, '0') || '-' || lpad((${k})::text, 2, '0')`;

/** Each step is one set-based statement (INSERT … SELECT over generate_series and the temp table of sentence parts). */
const STEPS: [string, string][] = [
  ["workspaces", `INSERT INTO "Workspace" (id, name, slug, "updatedAt") SELECT 'scale-ws-' || lpad(w::text, 3, '0'), 'Scale desk ' || w, 'scale-' || w, now() FROM generate_series(1, ${SCALE.workspaces}) w`],
  ["users", `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
    SELECT ${user("w", "k")}, 'scale-' || w || '-' || k || '@scale.example', pg_temp.pick($1) || ' ' || pg_temp.pick($2) || ' ' || w || '.' || k, $3, now()
    FROM generate_series(1, ${SCALE.workspaces}) w, generate_series(1, ${SCALE.usersPerWorkspace}) k`],
  ["memberships", `INSERT INTO "Membership" (id, "workspaceId", "userId", role, "updatedAt")
    SELECT 'scale-m-' || w || '-' || k, 'scale-ws-' || lpad(w::text, 3, '0'), ${user("w", "k")}, ${ROLE_OF_K}, now()
    FROM generate_series(1, ${SCALE.workspaces}) w, generate_series(1, ${SCALE.usersPerWorkspace}) k`],
  ["sentence parts", `CREATE TEMP TABLE parts AS
    SELECT p.*, CASE WHEN p.lang = 'fa'
        THEN 'به گفته ' || actor || '، ' || num || ' ' || subject || ' در ' || place || ' ' || context || ' ' || "time" || ' ' || verb || ' شدند.'
        ELSE actor || ' said ' || num || ' ' || subject || ' were ' || verb || ' in ' || place || ' ' || context || ' ' || "time" || '.' END AS text
    FROM (SELECT q.*, CASE WHEN lang = 'fa' THEN translate(n::text, '0123456789', '۰۱۲۳۴۵۶۷۸۹') WHEN n >= 1000 THEN to_char(n, 'FM9,999') ELSE n::text END AS num
          FROM (SELECT a, k, (a - 1) / ${SCALE.articlesPerWorkspace} + 1 AS ws, v.lang, (2 + floor(random() * random() * 5000))::int AS n,
                       pg_temp.pick(v.place) AS place, pg_temp.pick(v.subject) AS subject, pg_temp.pick(v.verb) AS verb,
                       pg_temp.pick(v.actor) AS actor, pg_temp.pick(v.context) AS context, pg_temp.pick(v."time") AS "time"
                FROM generate_series(1, ${ARTICLES}) a CROSS JOIN generate_series(0, ${SCALE.sentencesPerArticle - 1}) k
                JOIN vocab v ON v.lang = CASE WHEN a % 8 = 0 THEN 'fa' ELSE 'en' END) q) p`],
  ["articles", `INSERT INTO "Article" (id, "workspaceId", title, language, text, "createdById", "createdAt", "updatedAt")
    SELECT 'scale-a-' || lpad(a::text, 6, '0'), 'scale-ws-' || lpad(min(ws)::text, 3, '0'),
           min(place) FILTER (WHERE k = 0) || ': ' || min(subject) FILTER (WHERE k = 0) || ' ' || min(verb) FILTER (WHERE k = 0) || ' ' || min(context) FILTER (WHERE k = 0),
           min(lang), string_agg(text, ' ' ORDER BY k), ${user("min(ws)", "3 + a % 4")}, now() - random() * interval '365 days', now()
    FROM parts GROUP BY a`],
  ["sentences", `INSERT INTO "Sentence" (id, "articleId", index, start, "end", text, score)
    SELECT 'scale-s-' || a || '-' || k, 'scale-a-' || lpad(a::text, 6, '0'), k, s - length(text) - 1, s - 1, text, round(random()::numeric, 3)
    FROM (SELECT *, sum(length(text) + 1) OVER (PARTITION BY a ORDER BY k) AS s FROM parts) x`],
  ["claims", `INSERT INTO "Claim" (id, "workspaceId", "articleId", "sentenceId", start, "end", "quotedText", wording, score, status, "assigneeId", "createdById", version, "createdAt", "updatedAt")
    SELECT 'scale-c-' || a || '-' || k || '-' || v, 'scale-ws-' || lpad(ws::text, 3, '0'), 'scale-a-' || lpad(a::text, 6, '0'), 'scale-s-' || a || '-' || k,
           s - length(text) - 1, s - 1, text,
           CASE WHEN lang = 'fa' THEN (ARRAY[num || ' ' || subject || ' در ' || place || ' ' || verb, num || ' ' || subject || ' ' || context || ' ' || verb,
                                             actor || ': ' || num || ' ' || subject || ' ' || verb, subject || ' ' || place || ' ' || "time" || ' ' || verb])[v + 1]
                ELSE (ARRAY[num || ' ' || subject || ' ' || verb || ' in ' || place, num || ' ' || subject || ' ' || verb || ' in ' || place || ' ' || context,
                            actor || ' says ' || num || ' ' || subject || ' ' || verb || ' ' || "time", 'More than ' || num || ' ' || subject || ' ' || verb || ' ' || context])[v + 1] END,
           round(random()::numeric, 3), st::"ClaimStatus", CASE WHEN st IN ('OPEN', 'DISMISSED') THEN NULL ELSE ${user("ws", "3 + floor(random() * 14)::int")} END,
           ${user("ws", "3 + a % 4")}, 1 + floor(random() * 5)::int, t, t + random() * interval '30 days'
    -- Random values in subquery columns, not in LATERAL subqueries (which the planner may evaluate once for all rows).
    FROM (SELECT y.*, CASE WHEN r < 0.30 THEN 'OPEN' WHEN r < 0.45 THEN 'IN_PROGRESS' WHEN r < 0.55 THEN 'NEEDS_REVIEW'
                           WHEN r < 0.70 THEN 'APPROVED' WHEN r < 0.90 THEN 'PUBLISHED' ELSE 'DISMISSED' END AS st
          FROM (SELECT x.*, v, random() AS r, now() - random() * interval '365 days' AS t
                FROM (SELECT *, sum(length(text) + 1) OVER (PARTITION BY a ORDER BY k) AS s FROM parts) x
                CROSS JOIN generate_series(0, ${SCALE.claimVariants - 1}) v) y) z`],
  ["verdicts", `INSERT INTO "Verdict" (id, "claimId", rating, rationale, confidence, "authorId", "approvedById", "approvedAt", "updatedAt")
    SELECT 'scale-v-' || substr(c.id, 9), c.id, pg_temp.pick($1), 'Checked against the district register and two local reports.', 30 + floor(random() * 70)::int,
           c."assigneeId", CASE WHEN c.status = 'NEEDS_REVIEW' THEN NULL ELSE ${user("substr(c.\"workspaceId\", 10)::int", "CASE WHEN right(c.\"assigneeId\", 2)::int = 3 THEN 4 ELSE 3 END")} END,
           CASE WHEN c.status = 'NEEDS_REVIEW' THEN NULL ELSE c."updatedAt" END, c."updatedAt"
    FROM "Claim" c WHERE c.status IN ('NEEDS_REVIEW', 'APPROVED', 'PUBLISHED')`],
  ["evidence", `INSERT INTO "Evidence" (id, "claimId", url, "normalizedUrl", title, quote, stance, "sourceType", "addedById")
    SELECT 'scale-e-' || substr(v."claimId", 9), v."claimId", 'https://example.org/reports/' || v.id, 'https://example.org/reports/' || v.id,
           'District register extract', 'The register lists the figure for the district.',
           (ARRAY['SUPPORTS', 'REFUTES', 'CONTEXT'])[1 + floor(random() * 3)::int]::"EvidenceStance", 'DATASET', v."authorId"
    FROM "Verdict" v WHERE random() < 0.5`],
  ["comments", `INSERT INTO "Comment" (id, "claimId", "authorId", body, "createdAt")
    SELECT 'scale-k-' || substr(c.id, 9), c.id, c."assigneeId", 'Looking for the district register; the ministry has not answered yet.', c."updatedAt"
    FROM "Claim" c WHERE c."assigneeId" IS NOT NULL AND random() < 0.35`],
  ["audit events", `INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", action, "entityType", "entityId", "articleId", "claimId", "createdAt")
    SELECT 'scale-x-' || substr(c.id, 9), c."workspaceId", c."createdById", 'claim.created', 'Claim', c.id, c."articleId", c.id, c."createdAt"
    FROM "Claim" c WHERE random() < 0.1 ORDER BY c."createdAt"`],
];

async function timed(label: string, fn: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await fn();
  console.log(`  ${label.padEnd(26)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
}

/**
 * Fills an empty, migrated database with the scale desk set. Foreign-key
 * triggers are skipped for the load (session_replication_role, superuser only;
 * the data is consistent by construction) and secondary indexes are rebuilt
 * once at the end, then ANALYZE.
 */
export async function generateScaleData(client: pg.Client, passwordHash: string): Promise<void> {
  const q = (sql: string, params?: unknown[]) => client.query(sql, params);
  await q(`SET maintenance_work_mem = '1GB'`);
  await q(`SET synchronous_commit = off`);
  await q(`SET session_replication_role = replica`).catch(() => console.log("  (not a superuser: foreign keys are checked during the load)"));
  await q(`CREATE FUNCTION pg_temp.pick(a text[]) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT a[1 + floor(random() * cardinality(a))::int] $$`);
  await q(`CREATE TEMP TABLE vocab (lang text, place text[], subject text[], verb text[], actor text[], context text[], "time" text[])`);
  for (const [lang, w] of [["en", WORDS], ["fa", WORDS_FA]] as const) {
    await q(`INSERT INTO vocab VALUES ($1, $2, $3, $4, $5, $6, $7)`, [lang, w.place, w.subject, w.verb, w.actor, w.context, w.time]);
  }
  const { rows: indexes } = await q(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
     WHERE indrelid = ANY($1::regclass[]) AND NOT indisprimary ORDER BY 1`,
    [BULK_TABLES.map((t) => `"${t}"`)],
  );
  for (const { name } of indexes) await q(`DROP INDEX ${name}`);
  for (const [label, sql] of STEPS) {
    const params = label === "users" ? [FIRST_NAMES, LAST_NAMES, passwordHash] : label === "verdicts" ? [RATINGS] : undefined;
    await timed(label, () => q(sql, params));
  }
  for (const { name, def } of indexes) await timed(`index ${name.replaceAll('"', "")}`.slice(0, 26), () => q(def));
  await timed("analyze", () => q("ANALYZE"));
}
