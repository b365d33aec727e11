package io.sitrep.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.DatePrecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 6);

  private final DateResolver resolver = new DateResolver();

  private List<DateMention> dates(String text) {
    return resolver.find(new Tokenizer().tokenize(new TextNormalizer().normalize(text)), PUBLISHED);
  }

  private DateMention only(String text) {
    List<DateMention> found = dates(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void resolvesDawnTodayToPublicationDay() {
    DateMention date = only("قصفت طائرات مسيرة مواقع فجر اليوم");
    assertThat(date.date()).isEqualTo(PUBLISHED);
    assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void resolvesYesterdayInBothLanguages() {
    assertThat(only("اندلعت اشتباكات أمس في المدينة").date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(only("Clashes erupted yesterday").date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void resolvesLastNightToTheDayBefore() {
    assertThat(only("تعرضت القاعدة لهجوم الليلة الماضية").date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(only("the base was attacked last night").date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void resolvesLevantineMonthWithPastMarkerToThisYear() {
    DateMention date = only("وفي كانون الثاني الفائت وقع الطرفان اتفاقا");
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void resolvesDayAndLevantineMonthWithArabicIndicDigits() {
    assertThat(only("في ٢ شباط الماضي شنت القوات غارات").date()).isEqualTo(LocalDate.of(2024, 2, 2));
  }

  @Test
  void resolvesPairedMonthNamesOfBothSeries() {
    DateMention date = only("انسحبت القوات في 11 فبراير/شباط من القاعدة");
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 2, 11));
    assertThat(only("13 كانون الأول/ديسمبر").date()).isEqualTo(LocalDate.of(2023, 12, 13));
  }

  @Test
  void resolvesAMonthAfterPublicationWithoutYearToLastYear() {
    assertThat(only("في 18 تشرين الثاني هاجم مسلحون القرية").date()).isEqualTo(LocalDate.of(2023, 11, 18));
    assertThat(only("on 20 October militants attacked").date()).isEqualTo(LocalDate.of(2023, 10, 20));
  }

  @Test
  void resolvesNextMonthToTheFuture() {
    DateMention date = only("زيارة إلى واشنطن في نيسان المقبل");
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(date.future()).isTrue();
  }

  @Test
  void resolvesCurrentMonthMarkerToThePublicationYear() {
    assertThat(only("بتاريخ 18 كانون الثاني الجاري").date()).isEqualTo(LocalDate.of(2024, 1, 18));
  }

  @Test
  void resolvesWeekdayToTheMostRecentOnOrBeforePublication() {
    assertThat(only("strikes on Sunday killed two").date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(only("هاجم مسلحون حاجزا يوم السبت").date()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(only("fighting resumed on Wednesday").date()).isEqualTo(PUBLISHED);
  }

  @Test
  void readsTheStartOfADayRange() {
    assertThat(only("خلال الفترة من 3 إلى 12 فبراير").date()).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(only("from 3 to 12 February").date()).isEqualTo(LocalDate.of(2024, 2, 3));
  }

  @Test
  void readsEnglishMonthDayYearAndAbbreviations() {
    assertThat(only("on February 2, 2023 the army").date()).isEqualTo(LocalDate.of(2023, 2, 2));
    assertThat(only("on Feb. 2 the army").date()).isEqualTo(LocalDate.of(2024, 2, 2));
  }

  @Test
  void readsAYearAfterIn() {
    DateMention date = only("the coalition was formed in 2014");
    assertThat(date.date()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void doesNotTakeMayTheVerbForAMonth() {
    assertThat(dates("the talks may resume soon")).isEmpty();
  }

  @Test
  void doesNotTakeThatDayForToday() {
    assertThat(dates("احتجز المسلحون رهائن في ذلك اليوم")).isEmpty();
  }

  @Test
  void doesNotTakeElevenForSunday() {
    assertThat(dates("على مدى الأشهر الأحد عشر الماضية")).isEmpty();
  }
}
