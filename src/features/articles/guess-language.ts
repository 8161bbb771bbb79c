/**
 * A cheap guess of an article's language from its script, used only as the
 * default of the language field (the editor can change it). Persian and Pashto
 * share the Arabic script; letters that Arabic lacks tell them apart.
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 5_000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu) || 1;
  const arabicScript = count(/[\u0600-\u06FF\u0750-\u077F]/g);
  if (arabicScript / letters > 0.5) {
    if (count(/[ټډړږښګڼ]/g) > 0) return "ps";
    if (count(/[پچژگ]/g) > 0) return "fa";
    return "ar";
  }
  if (count(/[\u0900-\u097F]/g) / letters > 0.5) return "hi";
  if (count(/[\u4E00-\u9FFF]/g) / letters > 0.3) return "zh";
  if (count(/[\u0400-\u04FF]/g) / letters > 0.5) return "ru";
  return "en";
}
