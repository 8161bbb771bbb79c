/** One line of a drill's report; rows with `pass` are checks, and any false one fails the drill. */
export type ReportRow = { measure: string; value: string | number; pass?: boolean };

/** Prints the rows as a two-column table with a check column, and returns whether every check passed. */
export function printReport(title: string, rows: ReportRow[]): boolean {
  const width = Math.max(...rows.map((r) => r.measure.length));
  const valueWidth = Math.max(...rows.map((r) => String(r.value).length));
  const rule = "-".repeat(width + valueWidth + 12);
  console.log(`\n${title}\n${rule}`);
  for (const row of rows) {
    const check = row.pass === undefined ? "" : row.pass ? "  ok" : "  FAIL";
    console.log(`${row.measure.padEnd(width)}  ${String(row.value).padEnd(valueWidth)}${check}`);
  }
  console.log(rule);
  return rows.every((r) => r.pass !== false);
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "n/a");
