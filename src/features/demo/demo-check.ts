import { createClaimFromSuggestion } from "@/features/claims/create-claims";
import { addComment } from "@/features/comments/comments";
import { addEvidence } from "@/features/evidence/evidence";
import type { TAddEvidence } from "@/features/evidence/schemas";
import { publishSummary } from "@/features/publishing/publish";
import { approveVerdict, proposeVerdict } from "@/features/verdicts/verdicts";
import { assignClaim, changeClaimHolder } from "@/features/workflow/assignment";
import type { MemberActor } from "@/features/workflow/member-actor";
import type { Db } from "@/server/db";

type Source = Omit<TAddEvidence, "claimId" | "archivedUrl">;

/**
 * The demo desk's finished check of the sample article, with the real public
 * sources in ../shared/samples/demo-evidence.md, done through the same feature
 * functions as the app (so it carries the same audit trail and notifications):
 * three claims checked, approved and published, one more still open.
 */
const CHECKS: { find: string; rating: string; rationale: string; sources: Source[] }[] = [
  {
    find: "killed 46 Muslims",
    rating: "mostly-true",
    rationale:
      "46 is the toll reported by AP and, citing the state news agency Bakhtar, by Reuters. Early counts on the same day ranged from 46 to 55 dead, and the UN's \"more than 100\" counted the killed and injured together. The victims were Shiite worshippers at the Gozar-e-Sayed Abad mosque.",
    sources: [
      { url: "https://www.irishexaminer.com/world/arid-40716863.html", title: "AP: Islamic State claims Kunduz mosque bombing that killed at least 46", quote: "At least 46 killed and dozens wounded in the bombing of a packed Shiite mosque.", stance: "SUPPORTS", sourceType: "NEWS_REPORT" },
      { url: "https://nationalpost.com/pmn/news-pmn/islamic-state-claims-responsibility-for-mosque-attack-in-northeastern-afghanistan", title: "Reuters: Islamic State claims responsibility for mosque attack", quote: "46 killed and more than 140 wounded, according to Bakhtar.", stance: "SUPPORTS", sourceType: "NEWS_REPORT" },
      { url: "https://www.israelnationalnews.com/News/News.aspx/314716", title: "UNAMA's initial count, as quoted", quote: "More than 100 people killed and injured.", stance: "CONTEXT", sourceType: "OFFICIAL_STATEMENT" },
      { url: "https://matzavreview.com/2021/10/08/afghanistan-at-least-55-dead-in-an-attack-on-a-mosque-daesh-claims-the-attack/", title: "Provisional toll the same day: at least 55 dead", quote: "", stance: "CONTEXT", sourceType: "NEWS_REPORT" },
    ],
  },
  {
    find: "1.3 million Afghans",
    rating: "misleading",
    rationale:
      "UNHCR counted about 3.4 million people displaced by conflict inside Afghanistan as of 1 December 2021 (2.9 million at the end of 2020, plus about 680,000 newly displaced in 2021): more than twice the figure given. The official may have meant a subset, but the number as stated understates displacement.",
    sources: [
      { url: "https://reliefweb.int/report/afghanistan/unhcr-regional-bureau-asia-and-pacific-rbap-flash-external-update-afghanistan-3", title: "UNHCR flash update, 22 December 2021", quote: "About 3.4 million people displaced by conflict inside Afghanistan as of 1 December 2021.", stance: "REFUTES", sourceType: "OFFICIAL_DOCUMENT" },
      { url: "https://reliefweb.int/report/afghanistan/unhcr-regional-bureau-asia-and-pacific-rbap-flash-external-update-afghanistan-1", title: "UNHCR flash update, 6 November 2021", quote: "About 2.9 million conflict-displaced people as of 31 December 2020, plus 681,332 newly displaced in 2021.", stance: "REFUTES", sourceType: "OFFICIAL_DOCUMENT" },
    ],
  },
  {
    find: "1,500 families",
    rating: "unverifiable",
    rationale: "We found no independent record of a plan to return 1,500 families. UNHCR estimated that some 165,000 displaced people had returned home since September, which neither confirms nor contradicts the plan.",
    sources: [
      { url: "https://reliefweb.int/report/afghanistan/unhcr-regional-bureau-asia-and-pacific-rbap-flash-external-update-afghanistan-1", title: "UNHCR flash update, 6 November 2021", quote: "Some 165,000 displaced people have returned home since September.", stance: "CONTEXT", sourceType: "OFFICIAL_DOCUMENT" },
    ],
  },
];

export async function runDemoCheck(db: Db, input: { workspaceId: string; articleId: string; admin: string; editor: string; reviewer: string }) {
  const as = (actorId: string, role: MemberActor["role"]): MemberActor => ({ workspaceId: input.workspaceId, actorId, role });
  const editor = as(input.editor, "EDITOR");
  const reviewer = as(input.reviewer, "REVIEWER");
  const sentences = await db.sentence.findMany({ where: { articleId: input.articleId }, select: { id: true, text: true } });
  const sentenceWith = (words: string) => {
    const s = sentences.find((x) => x.text.includes(words));
    if (!s) throw new Error(`demo: no sentence with "${words}"`);
    return s.id;
  };
  for (const [i, check] of CHECKS.entries()) {
    const claim = await createClaimFromSuggestion(db, { workspaceId: input.workspaceId, actorId: input.editor }, { articleId: input.articleId, sentenceId: sentenceWith(check.find) });
    if (i === 2) await assignClaim(db, editor, { claimId: claim.id, assigneeId: input.reviewer });
    else await changeClaimHolder(db, reviewer, { claimId: claim.id }, "take");
    for (const source of check.sources) await addEvidence(db, reviewer, { claimId: claim.id, ...source });
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    await proposeVerdict(db, reviewer, { claimId: claim.id, claimVersion: current.version, rating: check.rating, rationale: check.rationale, confidence: check.rating === "unverifiable" ? 50 : 85 });
    const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id }, select: { version: true } });
    await approveVerdict(db, i === 2 ? as(input.admin, "ADMIN") : editor, { claimId: claim.id, verdictVersion: verdict.version });
  }
  const published = await publishSummary(db, editor, { articleId: input.articleId, includeUnverified: false, corrections: [] });
  // Work still in progress after publishing, so the desk shows every stage.
  const open = await createClaimFromSuggestion(db, { workspaceId: input.workspaceId, actorId: input.editor }, { articleId: input.articleId, sentenceId: sentenceWith("no partnership with Washington") });
  await addComment(db, reviewer, { claimId: open.id, body: "Shaheen said this to AP; worth checking against the State Department's readout of the Doha talks." });
  return published;
}
