/** How the timeline and the live activity line say what happened. */
const ACTIONS: Record<string, string> = {
  "claim.created": "made a claim",
  "claim.taken": "took a claim",
  "claim.released": "released a claim",
  "claim.assigned": "assigned a claim",
  "claim.dismissed": "dismissed a claim",
  "claim.reopened": "reopened a claim",
  "claim.edited": "edited a claim",
  "claim.merged": "merged claims",
  "claim.split": "split a claim",
  "verdict.proposed": "proposed a verdict",
  "verdict.edited": "edited a verdict",
  "verdict.approved": "approved a verdict",
  "verdict.sent_back": "sent a verdict back",
  "evidence.added": "added evidence",
  "evidence.removed": "removed evidence",
  "comment.added": "commented",
  "comment.edited": "edited a comment",
  "comment.deleted": "deleted a comment",
  "suggestion.dismissed": "dismissed a suggestion",
  "suggestion.restored": "restored a suggestion",
  "article.text_replaced": "replaced the article text",
};

export function describeAction(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, " ");
}
