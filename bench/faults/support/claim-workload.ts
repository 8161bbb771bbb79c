import type { FaultDesk } from "./fault-desk";
import { callProcedure, sleep } from "./trpc-http";

/** The writes the app-kill drill makes: every one changes a claim or adds to it, in one transaction each. */
export type WriteAction = "take" | "comment" | "propose" | "sendBack" | "release";

/** The audit action each claim-changing write records (src/features/workflow, src/features/verdicts). */
export const AUDIT_ACTION = { take: "claim.taken", propose: "verdict.proposed", sendBack: "verdict.sent_back", release: "claim.released" } as const;

/** An acknowledged write: for claim changes, the claim version it produced; for comments, the id and marker text. */
export type Ack = { action: WriteAction; claimId: string; version?: number; commentId?: string; marker?: string };
export type Unanswered = { action: WriteAction; claimId: string; marker?: string };

const count = (tally: Map<string, number>, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

type ClaimState = { status: string; version: number; assigneeId: string | null; verdictVersion: number | null };
type DetailData = { status: string; version: number; assignee: { id: string } | null; verdict: { version: number } | null };

/**
 * One client per claim walks it round the workflow through the HTTP API:
 * take → comment → propose a verdict → (editor) send it back → comment →
 * release → take…, carrying the versions the answers imply. When an answer
 * does not come (the server was killed) or a write is refused, the client
 * re-reads the claim before its next step, as the UI would after reconnecting.
 */
export function startClaimWorkload(baseUrl: string, desk: FaultDesk, cookies: { editor: string; reviewers: string[] }) {
  const acks: Ack[] = [];
  const unanswered: Unanswered[] = [];
  const refusals = new Map<string, number>();
  let stopped = false;
  let inFlight = 0;
  const ws = desk.workspaceId;

  async function send(path: string, input: Record<string, unknown>, cookie: string, type: "query" | "mutation" = "mutation") {
    inFlight++;
    try {
      return await callProcedure(baseUrl, path, { workspaceId: ws, ...input }, { cookie, type });
    } finally {
      inFlight--;
    }
  }

  async function client(c: number) {
    const claimId = desk.claimIds[c]!;
    const cookie = cookies.reviewers[c]!;
    let state: ClaimState | null = null;
    let commented = false;
    let proposed = false;
    for (let n = 0; !stopped; n++) {
      if (!state) {
        const read = await send("claim.detail", { claimId }, cookie, "query");
        if (read.kind !== "ack") {
          if (read.kind === "refused") count(refusals, `read claim.detail: ${read.status} ${read.message.slice(0, 70)}`);
          await sleep(100); // the server is down or restarting
          continue;
        }
        const d = read.data as DetailData;
        state = { status: d.status, version: d.version, assigneeId: d.assignee?.id ?? null, verdictVersion: d.verdict?.version ?? null };
        commented = false;
      }
      const s: ClaimState = state;
      let action: WriteAction;
      let result;
      const marker = `fault ${desk.runId} c${c} #${n}`;
      if (s.status === "OPEN") {
        action = "take";
        result = await send("claim.take", { claimId }, cookie);
      } else if (s.status === "NEEDS_REVIEW" && s.verdictVersion !== null) {
        action = "sendBack";
        result = await send("verdict.sendBack", { claimId, verdictVersion: s.verdictVersion, reason: `Fault drill: check the source again (${n}).` }, cookies.editor);
      } else if (s.status === "IN_PROGRESS" && s.assigneeId === desk.reviewers[c]!.id) {
        action = !commented ? "comment" : !proposed ? "propose" : "release";
        if (action === "comment") result = await send("comment.add", { claimId, body: marker }, cookie);
        else if (action === "propose") result = await send("verdict.propose", { claimId, claimVersion: s.version, rating: "false", rationale: `Fault drill rationale ${n}.`, confidence: 80 }, cookie);
        else result = await send("claim.release", { claimId, version: s.version }, cookie);
      } else {
        throw new Error(`claim ${claimId} is in a state the drill never puts it in: ${JSON.stringify(s)}`);
      }

      if (result.kind === "unknown") {
        unanswered.push({ action, claimId, marker: action === "comment" ? marker : undefined });
        state = null;
        await sleep(100);
        continue;
      }
      if (result.kind === "refused") {
        count(refusals, `${action}: ${result.status} ${result.message.slice(0, 70)}`);
        state = null;
        continue;
      }
      if (action === "comment") {
        acks.push({ action, claimId, commentId: (result.data as { id: string }).id, marker });
        commented = true;
        continue;
      }
      // Every claim-changing write bumps the claim's version by exactly one.
      const version = s.version + 1;
      acks.push({ action, claimId, version });
      if (action === "take") [state, commented, proposed] = [{ ...s, status: "IN_PROGRESS", version, assigneeId: desk.reviewers[c]!.id }, false, false];
      if (action === "propose") [state, proposed] = [{ ...s, status: "NEEDS_REVIEW", version, verdictVersion: (s.verdictVersion ?? 0) + 1 }, true];
      if (action === "sendBack") [state, commented] = [{ ...s, status: "IN_PROGRESS", version, verdictVersion: s.verdictVersion! + 1 }, false];
      if (action === "release") state = { ...s, status: "OPEN", version, assigneeId: null };
    }
  }

  const done = Promise.all(desk.claimIds.map((_, c) => client(c)));
  return {
    acks,
    unanswered,
    refusals,
    inFlight: () => inFlight,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}
