import { type Person, type World, makeAnalysedArticle, makeArticle, makeClaim, makeComment, makeEvidence, makeInvitation, makeMember, makePublishableArticle, sentenceSpan, unique } from "./access-world";

/**
 * For every procedure, the input the access matrix calls it with: one that
 * succeeds for a caller who is permitted (their own comment, a claim they
 * hold, someone else's verdict to approve, …), built fresh for each call. So
 * when a caller is refused, the refusal is about who they are, and when they
 * are allowed, the call reaches the domain code and must succeed there too.
 *
 * `me` is the caller (the admin stands in for a signed-out caller). The
 * objects are written straight to the database, so that a viewer or an
 * outsider can own one too, as a member demoted or removed since would.
 */
export type AccessInput = (w: World, me: Person) => unknown;

const ws = (w: World) => ({ workspaceId: w.ws });
/** Someone other than `me` who may write a verdict, for the two-person rule. */
const other = (w: World, me: Person) => (me.id === w.people.editor.id ? w.people.reviewer : w.people.editor);
const verdict = { rating: "false", rationale: "The hospital register lists 41 deaths.", confidence: 80 };

async function claimRef(w: World, setup: Parameters<typeof makeClaim>[1]) {
  const claim = await makeClaim(w, setup);
  return { ...ws(w), claimId: claim.id, version: claim.version };
}

/** A claim `me` holds, with `me`'s verdict waiting for review. */
async function ownVerdict(w: World, me: Person) {
  const claim = await makeClaim(w, { status: "NEEDS_REVIEW", assigneeId: me.id, verdictBy: me.id });
  return { ...ws(w), claimId: claim.id, verdictVersion: 1 };
}

/** Someone else's verdict waiting for review. */
async function othersVerdict(w: World, me: Person) {
  const author = other(w, me);
  const claim = await makeClaim(w, { status: "NEEDS_REVIEW", assigneeId: author.id, verdictBy: author.id });
  return { ...ws(w), claimId: claim.id, verdictVersion: 1 };
}

export const ACCESS_INPUTS: Record<string, AccessInput> = {
  "auth.signUp": () => ({ name: "New Person", email: `new-${unique()}@example.org`, password: "a long enough password" }),

  "workspace.listMine": () => undefined,
  "workspace.create": () => ({ name: `Desk ${unique()}` }),
  "workspace.bySlug": (w) => ({ slug: w.slug }),
  "workspace.members": ws,
  "workspace.changeRole": async (w) => ({ ...ws(w), memberId: await makeMember(w), role: "EDITOR" }),
  "workspace.removeMember": async (w) => ({ ...ws(w), memberId: await makeMember(w) }),
  "workspace.settings": ws,
  "workspace.updateSettings": (w) => ({ ...ws(w), name: "Kabul desk", twoPersonRule: true, methodology: "Two sources.", correctionsPolicy: "Dated notes." }),
  // The last admin may not leave: a second admin makes it possible for the first.
  "workspace.leave": async (w, me) => {
    if (me.id === w.people.admin.id) await makeMember(w, "ADMIN");
    return ws(w);
  },

  "invitation.list": ws,
  "invitation.create": (w) => ({ ...ws(w), role: "REVIEWER" }),
  "invitation.revoke": async (w) => ({ ...ws(w), invitationId: (await makeInvitation(w)).id }),
  "invitation.preview": async (w) => ({ token: (await makeInvitation(w)).token }),
  "invitation.accept": async (w) => ({ token: (await makeInvitation(w)).token }),

  "article.list": ws,
  "article.get": (w) => ({ ...ws(w), articleId: w.article.id }),
  "article.board": (w) => ({ ...ws(w), articleId: w.article.id }),
  "article.create": (w) => ({ ...ws(w), title: "Kunduz: casualties", text: w.article.text }),
  "article.replaceText": async (w) => ({ ...ws(w), articleId: await makeArticle(w), text: `${w.article.text}\n\nCorrected on Monday.` }),
  "article.importUrl": (w) => ({ ...ws(w), url: w.newsUrl }),
  "article.parseUpload": (w) => ({ ...ws(w), name: "article.txt", contentBase64: Buffer.from(w.article.text).toString("base64") }),

  "claim.create": (w) => ({ ...ws(w), articleId: w.article.id, ...sentenceSpan(w.article.text, 0) }),
  "claim.createFromSuggestion": (w) => ({ ...ws(w), articleId: w.article.id, sentenceId: w.article.sentenceIds[0] }),
  "claim.acceptTop": async (w) => ({ ...ws(w), articleId: (await makeAnalysedArticle(w)).id, count: 2 }),
  "claim.update": async (w) => ({ ...(await claimRef(w, {})), wording: "46 people were killed in Kunduz" }),
  "claim.merge": async (w) => {
    const articleId = await makeArticle(w);
    const [a, b] = [await makeClaim(w, { articleId, sentence: 0 }), await makeClaim(w, { articleId, sentence: 1 })];
    return { ...ws(w), claims: [{ claimId: a.id, version: a.version }, { claimId: b.id, version: b.version }] };
  },
  "claim.split": async (w) => ({ ...(await claimRef(w, {})), at: w.article.text.indexOf(" people") }),
  "claim.dismissSuggestion": (w) => ({ ...ws(w), articleId: w.article.id, sentenceId: w.article.sentenceIds[1] }),
  "claim.detail": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id }),
  "claim.timeline": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id }),
  "claim.search": (w) => ({ ...ws(w), query: "ministry" }),
  "claim.similar": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id }),
  "claim.take": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id }),
  "claim.release": (w, me) => claimRef(w, { status: "IN_PROGRESS", assigneeId: me.id }),
  "claim.assign": async (w) => ({ ...(await claimRef(w, {})), assigneeId: w.people.reviewer.id }),
  "claim.dismiss": (w) => claimRef(w, {}),
  "claim.reopen": (w) => claimRef(w, { status: "DISMISSED" }),
  "claim.restoreSuggestion": (w) => ({ ...ws(w), articleId: w.article.id, sentenceId: w.article.sentenceIds[2] }),

  "verdict.propose": async (w, me) => {
    const { version: claimVersion, ...ref } = await claimRef(w, { status: "IN_PROGRESS", assigneeId: me.id });
    return { ...ref, claimVersion, ...verdict };
  },
  "verdict.edit": async (w, me) => ({ ...(await ownVerdict(w, me)), ...verdict, rating: "misleading" }),
  "verdict.approve": othersVerdict,
  "verdict.sendBack": async (w, me) => ({ ...(await othersVerdict(w, me)), reason: "Which register? Link it." }),

  "comment.add": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id, body: "Checking the ministry's figure." }),
  "comment.edit": async (w, me) => ({ ...ws(w), commentId: await makeComment(w, me.id), body: "Checked: it matches." }),
  "comment.delete": async (w, me) => ({ ...ws(w), commentId: await makeComment(w, me.id) }),

  "evidence.add": async (w) => ({ ...ws(w), claimId: (await makeClaim(w)).id, url: "https://example.org/statement", title: "Ministry statement", stance: "SUPPORTS" }),
  "evidence.remove": async (w, me) => ({ ...ws(w), evidenceId: await makeEvidence(w, me.id) }),

  "desk.myQueue": ws,
  "desk.workload": ws,
  "desk.claims": (w) => ({ ...ws(w), status: "OPEN" }),

  "notification.list": () => ({}),
  "notification.unreadCount": () => undefined,
  "notification.markRead": () => ({}),

  "live.article": (w) => ({ ...ws(w), articleId: w.article.id }),

  "publication.status": (w) => ({ ...ws(w), articleId: w.article.id }),
  "publication.publish": async (w) => ({ ...ws(w), articleId: await makePublishableArticle(w), includeUnverified: true, corrections: [] }),
  "publication.unpublish": async (w) => {
    const articleId = await makePublishableArticle(w);
    await w.db.publication.create({ data: { workspaceId: w.ws, articleId, slug: `summary-${unique()}`, firstPublishedAt: new Date(), publishedAt: new Date(), currentVersion: 1 } });
    return { ...ws(w), articleId };
  },
};
