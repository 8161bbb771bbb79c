/** URL-safe slug from a name, keeping non-Latin letters readable (Dari, Arabic names stay as they are). */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    // Strip accents from Latin letters only: in Arabic script a mark can be part of the letter (آ).
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "workspace";
}
