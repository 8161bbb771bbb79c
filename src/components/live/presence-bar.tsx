import type { Viewer } from "@/features/live/presence";
import type { LiveStatus } from "./use-article-live";

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((p) => p[0]!.toUpperCase()).join("");
}

/** Who else has this article open, and whether the page is receiving changes live. */
export function PresenceBar({ viewers, status, meId, lastActivity }: { viewers: Viewer[]; status: LiveStatus; meId: string; lastActivity: string | null }) {
  const others = viewers.filter((v) => v.userId !== meId);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="presence">
      <span className={`inline-flex items-center gap-1.5 text-xs ${status === "live" ? "text-green-800 dark:text-green-300" : "text-amber-800 dark:text-amber-300"}`} role="status">
        <span aria-hidden className={`h-2 w-2 rounded-full ${status === "live" ? "bg-green-600" : "bg-amber-500"}`} />
        {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Reconnecting…"}
      </span>
      <ul className="flex -space-x-1" aria-label={others.length ? `Also here: ${others.map((v) => v.name).join(", ")}` : "Nobody else is here"}>
        {others.map((v) => (
          <li key={v.userId} title={v.name} className="flex h-7 w-7 items-center justify-center rounded-full border-2 border-white bg-sky-700 text-xs font-semibold text-white dark:border-zinc-900" data-testid="viewer">
            <span aria-hidden>{initials(v.name)}</span>
            <span className="sr-only">{v.name}</span>
          </li>
        ))}
      </ul>
      {others.length ? <span className="text-xs text-zinc-600 dark:text-zinc-400">{others.map((v) => v.name).join(", ")} {others.length === 1 ? "is" : "are"} here</span> : null}
      {lastActivity ? <span className="text-xs text-zinc-500" aria-live="polite" data-testid="last-activity">{lastActivity}</span> : null}
    </div>
  );
}
