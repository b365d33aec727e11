package io.sitrep.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void convertsArabicIndicAndPersianDigitsToAscii() {
    assertThat(normalizer.normalize("قتل ١٢ و۳۴").text()).isEqualTo("قتل 12 و34");
  }

  @Test
  void removesDiacriticsAndTatweelAndMapsLetterVariants() {
    assertThat(normalizer.normalize("خلّفت غـارةً إسرائيلية على مستشفى").text()).isEqualTo("خلفت غاره اسرائيليه علي مستشفي");
  }

  @Test
  void mapsArabicPunctuationAndTypographicQuotes() {
    assertThat(normalizer.normalize("قال، “نعم”؛ لماذا؟ «لا»").text()).isEqualTo("قال, \"نعم\"; لماذا? \"لا\"");
  }

  @Test
  void keepsTheOriginalOffsetOfEveryNormalisedCharacter() {
    String original = "غـارةٌ في دير الزّور";
    NormalizedText normalized = normalizer.normalize(original);
    int at = normalized.text().indexOf("دير");
    int end = normalized.text().length();
    assertThat(original.substring(normalized.originalStart(at), normalized.originalEnd(end))).isEqualTo("دير الزّور");
  }

  @Test
  void lowerCasesLatinLetters() {
    assertThat(normalizer.normalize("U.S. Forces").text()).isEqualTo("u.s. forces");
  }
}
