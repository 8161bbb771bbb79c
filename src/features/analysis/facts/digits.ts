// Arabic-Indic (٠-٩), Extended Arabic-Indic / Persian (۰-۹) and Devanagari (०-९)
// digits become ASCII so one set of regexes handles every script. Each digit is
// one UTF-16 unit either way, so offsets into the result are offsets into the input.

const NON_ASCII_DIGIT_RE = /[\u0660-\u066C\u06F0-\u06F9\u0966-\u096F]/;
const NON_ASCII_DIGITS_RE = /[\u0660-\u066C\u06F0-\u06F9\u0966-\u096F]/g;

function toAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x066a) return "%"; // Arabic percent sign
  if (code === 0x066b) return "."; // Arabic decimal separator
  if (code === 0x066c) return ","; // Arabic thousands separator
  const zero = code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
  return String.fromCharCode(48 + code - zero);
}

/** Same-length copy of `text` with non-ASCII decimal digits mapped to 0-9. */
export function normaliseDigits(text: string): string {
  return NON_ASCII_DIGIT_RE.test(text) ? text.replace(NON_ASCII_DIGITS_RE, toAscii) : text;
}
