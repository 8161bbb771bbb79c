import { DEFAULT_RATING_SCALE, type Rating } from "@/features/verdicts/rating-scale";
import type { PublishedClaim, PublishedEvidence, SummarySnapshot } from "./snapshot";

/**
 * One published summary for the publishing tests: an article, a desk, a rated
 * claim with one source and an unverified one. A test that asserts on a value
 * passes it as an override rather than relying on these defaults.
 */

/** A rating of the default scale, by id. */
export function rating(id: string): Rating {
  const found = DEFAULT_RATING_SCALE.ratings.find((r) => r.id === id);
  if (!found) throw new Error(`no rating ${id}`);
  return found;
}

export function publishedEvidence(overrides: Partial<PublishedEvidence> = {}): PublishedEvidence {
  return {
    url: "https://gov.example/list",
    title: "Ministry casualty list",
    quote: "46 names.",
    stance: "SUPPORTS",
    sourceType: "OFFICIAL_DOCUMENT",
    archivedUrl: "https://archive.example/list",
    ...overrides,
  };
}

/** A claim; with a rating it has a rationale, a source and an approval date, as a published verdict does. */
export function publishedClaim(anchor: string, r: Rating | null, overrides: Partial<PublishedClaim> = {}): PublishedClaim {
  return {
    anchor,
    quotedText: "Officials said 46 people died in the blast.",
    wording: "46 people died in the blast",
    rating: r,
    rationale: r ? "The ministry's list names 46.\n\nTwo hospitals confirm it." : "",
    evidence: r ? [publishedEvidence()] : [],
    reviewedAt: r ? "2021-10-08T16:20:00.000Z" : null,
    ...overrides,
  };
}

export function summarySnapshot(overrides: Partial<SummarySnapshot> = {}): SummarySnapshot {
  return {
    schemaVersion: 1,
    slug: "blast",
    version: 1,
    publishedAt: "2021-10-08T09:00:00.000Z",
    firstPublishedAt: "2021-10-08T09:00:00.000Z",
    article: {
      title: "Blast kills dozens",
      outlet: "Daily Example",
      author: "Jo Reporter",
      url: "https://news.example/blast",
      publishedAt: "2021-10-06T22:15:00.000Z",
      language: "en",
    },
    organization: { name: "Factdesk Team", url: "https://desk.example", logoUrl: null },
    methodology: "We read the article.\n\nWe call the sources.",
    correctionsPolicy: "We correct errors openly.",
    scale: { best: DEFAULT_RATING_SCALE.best, worst: DEFAULT_RATING_SCALE.worst },
    claims: [
      publishedClaim("c1", rating("true")),
      publishedClaim("c2", null, { wording: "Turnout was 80%", quotedText: "Turnout hit 80 percent." }),
    ],
    corrections: [],
    ...overrides,
  };
}
