// Decides which figures are not claims: parts of dates and times, list markers,
// identifiers ("COVID-19", "Resolution 2254", "2nd Battalion") and bare years.
// Each rule only inspects a few characters around the figure, so it is O(1).

import { overlapsAny, type Span } from "./spans";
import { type Figure } from "./types";

const LETTER_RE = /\p{L}/u;
const DESIGNATOR_RE =
  /\b(?:article|section|resolution|flight|route|highway|chapter|room|gate|platform|phase|level|category|grade|channel|version|page|vol|no|number|unit|brigade|division|battalion|regiment|squadron|terminal|amendment|paragraph|clause|item|figure|table|apollo|windows|bus|line|block|sector|ward|precinct|act|law|bill|decree|protocol)\.?\s+$/i;
/** Words after which a bare 4-digit number is a year ("the 2022 election", "2010-2014"). */
const YEAR_CONTEXT_RE = /(?:^|\b(?:in|since|by|until|before|after|during|from|of|through|between|to|the|a|an|this|that|its|their|his|her|early|late|mid|year|fiscal)\s+|[-–—/]\s*)$/i;
const LIST_PREFIX_RE = /^\s*(?:[•*\-–]\s*)?\(?$/;
const ON_THE_RE = /\bon\s+the\s+$/i;

/** True when `fig` in `text` is a date part, time, list marker, identifier or year, not a claim. */
export function isNonClaim(text: string, fig: Figure, dateSpans: readonly Span[], timeSpans: readonly Span[]): boolean {
  if (overlapsAny(dateSpans, fig.start, fig.end) || overlapsAny(timeSpans, fig.start, fig.end)) return true;
  const before = text.charAt(fig.start - 1);
  const before2 = text.charAt(fig.start - 2);
  const after = text.charAt(fig.end);
  const raw = text.slice(fig.start, fig.end);
  // Glued to letters: "COVID-19", "F-16", "G20", "5G", "1990s", "100m".
  if (LETTER_RE.test(before) || /\d/.test(before) || ((before === "-" || before === "#") && LETTER_RE.test(before2))) return true;
  if (LETTER_RE.test(after) || /\d/.test(after)) return true;
  // "9/11", "24/7": dates and slogans, not quantities.
  if ((before === "/" && /\d/.test(before2)) || (after === "/" && /\d/.test(text.charAt(fig.end + 1)))) return true;
  if (fig.unit === "ordinal") {
    // "the 2nd Battalion" names a unit; "on the 9th" is a day of the month.
    if (/^\s+\p{Lu}/u.test(text.slice(fig.end, fig.end + 2))) return true;
    if (ON_THE_RE.test(text.slice(Math.max(0, fig.start - 12), fig.start))) return true;
  }
  if (!fig.bare) return false;
  const head = text.slice(Math.max(0, fig.start - 24), fig.start);
  // "1. The minister said" / "(2) ..." / "[3]": numbering, not a quantity.
  if (fig.start < 6 && LIST_PREFIX_RE.test(text.slice(0, fig.start)) && /^[.)]\s/.test(text.slice(fig.end, fig.end + 2))) return true;
  if (before === "[" && after === "]") return true;
  if (DESIGNATOR_RE.test(head)) return true;
  if (/^\d{4}$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1800 && n <= 2100) {
      // A year unless it reads as a count of something: "killed 2000 people".
      const counted = /^\s+\p{Ll}/u.test(text.slice(fig.end, fig.end + 2)) && !YEAR_CONTEXT_RE.test(head);
      if (!counted) return true;
    }
  }
  return false;
}
