import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { keyPaths, makeTranslate } from "@/lib/i18n/translate";

describe("message catalogues", () => {
  const english = keyPaths(CATALOGUES.en).sort();

  for (const locale of ["fr", "ar"] as const) {
    it(`${locale} has exactly the English keys, and translates them`, () => {
      const keys = keyPaths(CATALOGUES[locale]).sort();
      expect(keys).toEqual(english);
      const t = makeTranslate(CATALOGUES[locale]);
      const en = makeTranslate(CATALOGUES.en);
      // Proper nouns and codes may stay the same; nearly everything else must differ from English.
      const same = english.filter((key) => t(key) === en(key));
      expect(same.length / english.length).toBeLessThan(0.1);
    });
  }

  it("fills placeholders and falls back to the key", () => {
    const t = makeTranslate(CATALOGUES.en);
    expect(t("partners.detailTitle", { partnerId: "p-1" })).toBe("Partner p-1");
    expect(t("no.such.key")).toBe("no.such.key");
  });
});
