package io.sitrep.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = new LanguageIdentifier();

  @Test
  void identifiesArabicByScript() {
    assertThat(identifier.identify("شنت طائرات حربية غارات على مواقع في ريف حلب")).isEqualTo("ar");
  }

  @Test
  void identifiesEnglishByFunctionWords() {
    assertThat(identifier.identify("Warplanes struck positions in the north of the country on Sunday.")).isEqualTo("en");
  }

  @Test
  void reportsOtherLatinLanguagesAsUndetermined() {
    assertThat(identifier.identify("Des avions ont frappé des positions dans le nord du pays dimanche.")).isEqualTo("und");
  }

  @Test
  void reportsPersianAsUndetermined() {
    assertThat(identifier.identify("پهپادها چند پایگاه را در شمال کشور هدف گرفتند و گزارش پیچیده بود")).isEqualTo("und");
  }
}
