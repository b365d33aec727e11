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

  @Test
  void resolvesADayOfTheSameMonthToTheMonthNamedBefore() {
    List<DateMention> english = dates("Gunmen raided the village on 3 February and came back on the 8th of the same month");
    assertThat(english).hasSize(2);
    assertThat(english.get(1).date()).isEqualTo(LocalDate.of(2024, 2, 8));
    List<DateMention> arabic = dates("داهم مسلحون القرية في 3 كانون الثاني ثم عادوا إليها في 9 من الشهر نفسه");
    assertThat(arabic).hasSize(2);
    assertThat(arabic.get(1).date()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(dates("قصفت المدفعية الحي في 20 شباط وفي 22 من نفس الشهر").get(1).date())
        .isEqualTo(LocalDate.of(2024, 2, 22));
  }

  @Test
  void readsTheSameMonthWithNothingBeforeAsTheLatestSuchDay() {
    DateMention date = only("the convoy was hit again on the 8th of the same month");
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(date.future()).isFalse();
  }

  @Test
  void resolvesADayOfLastMonth() {
    assertThat(only("the convoy was ambushed on the 29th of last month").date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(only("استهدفت غارة الموقع في 27 من الشهر الماضي").date()).isEqualTo(LocalDate.of(2024, 2, 27));
    assertThat(only("وقعت الاشتباكات في 12 من الشهر المنصرم").date()).isEqualTo(LocalDate.of(2024, 2, 12));
  }

  @Test
  void resolvesADayOfTheCurrentMonth() {
    assertThat(only("انفجرت عبوة ناسفة في الثالث من الشهر الجاري").date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(only("انسحبت القوات في 4 الجاري من المعسكر").date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(only("انسحبت القوات في 5 من الجاري").date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(only("the base was shelled on the 2nd of this month").date()).isEqualTo(LocalDate.of(2024, 3, 2));
  }

  @Test
  void datesALaterDayOfTheCurrentMonthInTheFuture() {
    DateMention date = only("talks are due on the 20th of this month");
    assertThat(date.date()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(date.future()).isTrue();
    assertThat(only("يبدأ الانسحاب في العشرين من الشهر الحالي").future()).isTrue();
    assertThat(only("the base was shelled on the 2nd of this month").future()).isFalse();
  }

  @Test
  void readsOrdinalDayWords() {
    assertThat(only("on the twenty-first of January the army advanced").date()).isEqualTo(LocalDate.of(2024, 1, 21));
    assertThat(only("rebels took the town on the first of February").date()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(only("سيطر الجيش على البلدة في الحادي والعشرين من كانون الثاني").date())
        .isEqualTo(LocalDate.of(2024, 1, 21));
    assertThat(only("وفي الثامن عشر من فبراير قصفت الطائرات المطار").date()).isEqualTo(LocalDate.of(2024, 2, 18));
    assertThat(only("وفي الخامس من آذار الجاري قتل جنديان").date()).isEqualTo(LocalDate.of(2024, 3, 5));
  }

  @Test
  void readsDigitsWithOrdinalEndings() {
    assertThat(only("drones struck the depot on 8th February").date()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(only("drones struck the depot on February 8th").date()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(only("drones struck the depot on the 8th of February 2022").date()).isEqualTo(LocalDate.of(2022, 2, 8));
    assertThat(only("the camp was raided on the 5th, officials said").date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(only("the camp was raided on the 29th, officials said").date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void doesNotTakeOrdinalsOfUnitsHoursOrRanksForDays() {
    assertThat(dates("the 8th Brigade moved north of the river")).isEmpty();
    assertThat(dates("it was the first of many raids")).isEmpty();
    assertThat(dates("بدأ القصف عند الساعة الثامنة من صباح")).isEmpty();
    assertThat(dates("وهو الهجوم الثاني من نوعه")).isEmpty();
    assertThat(dates("قتل 5 من الجنود")).isEmpty();
    assertThat(dates("militants killed 15 last month")).noneMatch(d -> d.precision() == DatePrecision.DAY);
  }

  @Test
  void readsTheStartOfARangeAcrossMonths() {
    DateMention english = only("a truce held from 28 February to 2 March");
    assertThat(english.date()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(only("fighting raged February 28 - March 2").date()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(only("تواصلت الغارات بين 28 شباط و2 آذار").date()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(only("في الفترة من 26 فبراير حتى 1 مارس").date()).isEqualTo(LocalDate.of(2024, 2, 26));
  }

  @Test
  void putsTheStartOfARangeAcrossTheYearBeforeItsEnd() {
    assertThat(only("the offensive lasted from 30 December to 2 January").date()).isEqualTo(LocalDate.of(2023, 12, 30));
    assertThat(only("من 30 كانون الأول إلى 3 كانون الثاني 2022").date()).isEqualTo(LocalDate.of(2021, 12, 30));
  }

  @Test
  void keepsTwoDatesJoinedByAndApartWithoutBetween() {
    assertThat(dates("strikes on 28 February and 2 March")).hasSize(2);
    assertThat(dates("غارات في 28 شباط و2 آذار")).hasSize(2);
  }

  @Test
  void takesTheYearLastWrittenInTheSentence() {
    List<DateMention> english = dates("after the fighting of November 19, 2020, the two sides met on November 9");
    assertThat(english.get(1).date()).isEqualTo(LocalDate.of(2020, 11, 9));
    List<DateMention> arabic = dates("بعد معارك 19 تشرين الثاني 2020 التقى الطرفان في 9 تشرين الثاني");
    assertThat(arabic.get(1).date()).isEqualTo(LocalDate.of(2020, 11, 9));
  }

  @Test
  void readsTheYearAfterAMonth() {
    DateMention since = only("يسيطر التنظيم على المدينة منذ يونيو من عام 2014");
    assertThat(since.date()).isEqualTo(LocalDate.of(2014, 6, 1));
    assertThat(since.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(only("انسحبت القوات في آذار من العام الماضي").date()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(only("the troops left in February last year").date()).isEqualTo(LocalDate.of(2023, 2, 1));
    assertThat(only("the troops left in June of 2019").date()).isEqualTo(LocalDate.of(2019, 6, 1));
  }

  @Test
  void readsAYearAfterArabicFi() {
    DateMention date = only("سحبت الدولة معظم قواتها في 2019");
    assertThat(date.date()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void readsLastWeekdayOnThatWeekdayAsAWeekBack() {
    assertThat(only("the ceasefire broke down last Wednesday").date()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(only("انهارت الهدنة يوم الأربعاء الماضي").date()).isEqualTo(LocalDate.of(2024, 2, 28));
    LocalDate friday = LocalDate.of(2024, 3, 8);
    List<DateMention> onFriday = resolver.find(new Tokenizer().tokenize(new TextNormalizer().normalize(
        "انهارت الهدنة الجمعة الماضية")), friday);
    assertThat(onFriday).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 1)));
  }

  @Test
  void resolvesAMonthNamedRelativeToPublication() {
    DateMention earlier = only("earlier this month the army withdrew from the town");
    assertThat(earlier.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(earlier.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(earlier.future()).isFalse();
    assertThat(only("انسحبت القوات من القاعدة الشهر الماضي").date()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(only("وفي وقت سابق من الشهر الجاري سيطر الجيش على البلدة").date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(only("militias shelled the camp last month").precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void datesNextMonthAndNextYearInTheFuture() {
    assertThat(only("troops will leave next month").future()).isTrue();
    assertThat(only("ستنسحب القوات الشهر المقبل").date()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(only("ستنسحب القوات في السنة المقبلة").future()).isTrue();
  }

  @Test
  void resolvesAYearNamedRelativeToPublication() {
    DateMention last = only("the two sides signed a security pact last year");
    assertThat(last.date()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(last.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(only("وقع الطرفان اتفاقا أمنيا العام الماضي").date()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(only("نفذ التحالف عشرات الغارات هذا العام").date()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void givesAMonthTheYearOfTheSentence() {
    List<DateMention> english = dates("Last year, a truce held from January to October");
    assertThat(english.get(1).date()).isEqualTo(LocalDate.of(2023, 1, 1));
    List<DateMention> arabic = dates("في العام الماضي صمدت الهدنة من كانون الثاني حتى تشرين الأول");
    assertThat(arabic.get(1).date()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(dates("في عام 2019 وفي شباط انسحبت القوات").get(1).date()).isEqualTo(LocalDate.of(2019, 2, 1));
  }

  @Test
  void readsAnUnmarkedLaterMonthAfterWillAsTheComingOne() {
    DateMention english = only("the brigade will leave the base in September");
    assertThat(english.date()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(english.future()).isTrue();
    assertThat(only("ستنسحب القوات من القاعدة في أيلول").date()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(only("سوف تغادر القوات المعسكر في 20 آذار").date()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void keepsALaterMonthInThePastWhenWillComesAfterIt() {
    assertThat(only("troops who arrived in September will leave").date()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(only("the unit will return, having fought there in October").date())
        .isEqualTo(LocalDate.of(2023, 10, 1));
  }

  @Test
  void countsTheDayBeforeYesterdayFromPublication() {
    assertThat(only("وصلت الدورية إلى البلدة أمس الأول").date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(only("بدأ الانسحاب منذ أول أمس").date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(only("the convoy left the day before yesterday").date()).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @Test
  void countsDaysAgoFromPublication() {
    assertThat(only("gunmen raided the post three days ago").date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(only("سيطر المسلحون على القرية قبل يومين").date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(only("انسحبت القوات قبل 5 أيام").date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(dates("وصل الوفد قبل يومين من الانتخابات")).isEmpty();
  }

  @Test
  void countsDaysEarlierFromTheSentencesDayDate() {
    List<DateMention> found = dates("The army retook the hill on Tuesday, which rebels had seized two days earlier.");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 3));
    found = dates("استعاد الجيش التلة يوم الثلاثاء وكان المسلحون قد سيطروا عليها في اليوم السابق");
    assertThat(found).hasSize(2);
    assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 4));
    found = dates("استعاد الجيش التلة يوم الثلاثاء بعد أن سيطر عليها المسلحون قبل ذلك بيومين");
    assertThat(found.get(found.size() - 1).date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(dates("the rebels had seized it two days earlier")).isEmpty();
  }
}
