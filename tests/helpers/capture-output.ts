import { formatWithOptions } from "node:util";

/**
 * Records everything the code under test writes to the console or to
 * process.stdout/stderr, instead of printing it (a leak found must not end up
 * in the CI log either). Objects are rendered deeper than the console would,
 * as a log collector serialising them might.
 */
export type Captured = { lines: string[]; text: () => string; restore: () => void };

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

export function captureOutput(): Captured {
  const lines: string[] = [];
  const consoleBefore = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) {
    console[m] = (...args: unknown[]) => void lines.push(`console.${m}: ${formatWithOptions({ depth: 10, colors: false }, ...args)}`);
  }
  const streamsBefore = (["stdout", "stderr"] as const).map((name) => {
    const stream = process[name];
    const write = stream.write;
    stream.write = ((chunk: unknown) => {
      lines.push(`process.${name}: ${typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8")}`);
      return true;
    }) as typeof stream.write;
    return () => void (stream.write = write);
  });
  return {
    lines,
    text: () => lines.join("\n"),
    restore() {
      for (const [m, fn] of consoleBefore) console[m] = fn as never;
      for (const undo of streamsBefore) undo();
    },
  };
}

/** The forms a secret takes on its way out: as is, in a URL, in an HTTP header or SMTP AUTH (base64). */
function encodings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64"), Buffer.from(secret).toString("base64url")];
}

/**
 * Each secret (by name) found in the captured lines, with the line it was in,
 * every secret in that line replaced by its name so the report itself leaks nothing.
 */
export function findSecrets(lines: readonly string[], secrets: Readonly<Record<string, string>>): string[] {
  const forms = Object.entries(secrets).flatMap(([name, value]) => encodings(value).map((form) => ({ name, form })));
  const mask = (line: string) => forms.reduce((out, { name, form }) => out.split(form).join(`«${name}»`), line);
  const found: string[] = [];
  for (const line of lines) {
    const names = new Set(forms.filter(({ form }) => line.includes(form)).map(({ name }) => name));
    for (const name of names) found.push(`${name} in ${mask(line).slice(0, 400)}`);
  }
  return found;
}
