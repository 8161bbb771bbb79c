const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const FULL = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short" });

const STEPS = [
  { limit: 3600, unit: "minute", size: 60 },
  { limit: 86_400, unit: "hour", size: 3600 },
  { limit: 7 * 86_400, unit: "day", size: 86_400 },
] as const;

export function timeAgo(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const step of STEPS) {
    if (Math.abs(seconds) < step.limit) return RELATIVE.format(Math.round(seconds / step.size), step.unit);
  }
  return SHORT.format(date);
}

/**
 * "5 minutes ago", with the exact time on hover. Server and browser render at
 * different moments (and time zones), so the text may legitimately differ.
 */
export function RelativeTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={FULL.format(date)} suppressHydrationWarning>
      {timeAgo(date)}
    </time>
  );
}
