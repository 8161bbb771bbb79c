import { describe, expect, it } from "vitest";
import { guessLanguage } from "./guess-language";

describe("guessLanguage", () => {
  it("tells the languages of the Arabic script apart", () => {
    expect(guessLanguage("طالبان گفتند که با آمریکا همکاری نمی‌کنند.")).toBe("fa");
    expect(guessLanguage("طالبانو وویل چې د امریکا سره به همکاري ونه کړي.")).toBe("ps");
    expect(guessLanguage("قالت طالبان إنها لن تعمل مع الولايات المتحدة.")).toBe("ar");
  });
  it("defaults to English for Latin text", () => {
    expect(guessLanguage("The Taliban said on Saturday they would not work with the US.")).toBe("en");
  });
  it("recognises Devanagari and Chinese", () => {
    expect(guessLanguage("तालिबान ने कहा कि वे अमेरिका के साथ काम नहीं करेंगे।")).toBe("hi");
    expect(guessLanguage("塔利班表示不会与美国合作。")).toBe("zh");
  });
});
