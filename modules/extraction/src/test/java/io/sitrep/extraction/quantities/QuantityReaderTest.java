package io.sitrep.extraction.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.CountQualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final QuantityReader reader = new QuantityReader(normalizer, tokenizer);

  private Counts read(String text, Language language) {
    List<Token> tokens = tokenizer.tokenize(normalizer.normalize(text));
    return reader.read(tokens, language, new boolean[tokens.size()]);
  }

  @Test
  void readsMoreThan85TargetsAsMoreThan() {
    Count count = read("طالت الغارات أكثر من 85 هدفاً", Language.AR).first(CountKind.TARGETS).orElseThrow();
    assertThat(count.value()).isEqualTo(85);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
  }

  @Test
  void readsMunitionsAfterTheNumber() {
    assertThat(read("استخدمت القوات 125 ذخيرة دقيقة", Language.AR).first(CountKind.MUNITIONS).orElseThrow().value())
        .isEqualTo(125);
  }

  @Test
  void readsAtLeastBeforeAnArabicToll() {
    Count count = read("أسفر الانفجار عن مقتل ما لا يقل عن 14 شخصا", Language.AR).first(CountKind.KILLED).orElseThrow();
    assertThat(count.value()).isEqualTo(14);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
  }

  @Test
  void readsAboutWithNahw() {
    Count count = read("وأصيب نحو 30 مدنيا بجروح", Language.AR).first(CountKind.INJURED).orElseThrow();
    assertThat(count.value()).isEqualTo(30);
    assertThat(count.qualifier()).isEqualTo(CountQualifier.ABOUT);
  }

  @Test
  void givesEachNumberItsNearestCountWord() {
    Counts counts = read("ما أسفر عن مقتل 7 أشخاص وإصابة 20 آخرين", Language.AR);
    assertThat(counts.first(CountKind.KILLED).orElseThrow().value()).isEqualTo(7);
    assertThat(counts.first(CountKind.INJURED).orElseThrow().value()).isEqualTo(20);
  }

  @Test
  void readsArabicNumberWordsIncludingTeens() {
    assertThat(read("قتل ستة عشر جنديا في الكمين", Language.AR).first(CountKind.KILLED).orElseThrow().value())
        .isEqualTo(16);
    assertThat(read("نفذت الطائرات عشر غارات", Language.AR).first(CountKind.STRIKES).orElseThrow().value())
        .isEqualTo(10);
  }

  @Test
  void readsEnglishTollsBeforeAndAfterTheNumber() {
    Count killed = read("A car bomb kills at least seven people", Language.EN).first(CountKind.KILLED).orElseThrow();
    assertThat(killed.value()).isEqualTo(7);
    assertThat(killed.qualifier()).isEqualTo(CountQualifier.AT_LEAST);
    Count injured = read("with more than 70 others injured", Language.EN).first(CountKind.INJURED).orElseThrow();
    assertThat(injured.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
  }

  @Test
  void readsThousandsSeparators() {
    assertThat(read("killing 1,200 people", Language.EN).first(CountKind.KILLED).orElseThrow().value())
        .isEqualTo(1200);
  }

  @Test
  void marksCasualtiesWithoutANumberUnspecified() {
    assertThat(read("غارات جوية خلفت ضحايا وجرحى", Language.AR).casualtiesUnspecified()).isTrue();
    assertThat(read("خلفت الاشتباكات عشرات القتلى", Language.AR).casualtiesUnspecified()).isTrue();
    assertThat(read("the strikes caused casualties", Language.EN).casualtiesUnspecified()).isTrue();
  }

  @Test
  void doesNotMarkCasualtiesUnspecifiedWhenATollIsGiven() {
    assertThat(read("خلفت الغارات 5 قتلى وجرحى", Language.AR).casualtiesUnspecified()).isFalse();
  }

  @Test
  void ignoresNumbersThatCountNothing() {
    assertThat(read("قال 3 مسؤولين", Language.AR).counts()).isEmpty();
  }
}
