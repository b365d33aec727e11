package io.sitrep.extraction.time;

import io.sitrep.extraction.text.Script;
import io.sitrep.extraction.text.Token;
import io.sitrep.model.DatePrecision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds date expressions in a sentence and resolves them against the publication date: explicit dates in English
 * and Arabic (both month series, "فبراير/شباط" pairs), days in digits or ordinal words ("8th", "the eighth of",
 * "الثامن من"), days of a month named by reference ("the 29th of last month", "في 29 من الشهر الماضي", "the 8th of
 * the same month"), weekdays, "today"/"yesterday"/"فجر اليوم"/"أمس", months with last/next/this or a year after them,
 * years after "in"/"عام"/"في", and ranges, also across months ("from 28 February to 2 March" gives the start). A year
 * left out takes the one the sentence last wrote. Scans tokens once.
 */
public final class DateResolver {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
      Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
      Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
      Map.entry("dec", 12),
      Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3), Map.entry("ابريل", 4), Map.entry("مايو", 5),
      Map.entry("يونيو", 6), Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7),
      Map.entry("اغسطس", 8), Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11),
      Map.entry("ديسمبر", 12), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4), Map.entry("ايار", 5),
      Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8), Map.entry("ايلول", 9));

  /** Words that are month names only next to a number: "may" is a modal verb, "اب" a father, "mar" a verb. */
  private static final Set<String> MONTHS_NEEDING_NUMBER = Set.of("may", "اب", "mar", "jan", "jun", "jul", "sep", "dec");

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("الاثنين", DayOfWeek.MONDAY),
      Map.entry("الثلاثاء", DayOfWeek.TUESDAY), Map.entry("الاربعاء", DayOfWeek.WEDNESDAY),
      Map.entry("الخميس", DayOfWeek.THURSDAY), Map.entry("الجمعه", DayOfWeek.FRIDAY),
      Map.entry("السبت", DayOfWeek.SATURDAY), Map.entry("الاحد", DayOfWeek.SUNDAY));

  /** Past, next and this markers, masculine and feminine ("الجمعة الماضية", "السنة المقبلة"). */
  private static final Set<String> PAST = Set.of("last", "past", "previous", "الماضي", "الفائت", "المنصرم", "السابق",
      "الماضيه", "الفائته", "المنصرمه", "السابقه");
  private static final Set<String> NEXT = Set.of("next", "coming", "upcoming", "المقبل", "القادم", "المقبله",
      "القادمه");
  private static final Set<String> THIS = Set.of("this", "current", "الجاري", "الحالي", "الجاريه", "الحاليه");
  private static final Set<String> RANGE_WORDS = Set.of("to", "-", "until", "till", "through", "and", "الي", "حتي",
      "و", "لغايه");
  /** Range words that join two separate dates unless "between"/"بين" opens the range. */
  private static final Set<String> AND_WORDS = Set.of("and", "و");
  private static final Set<String> BETWEEN = Set.of("between", "بين");
  /** "the 8th of March", "الثامن من آذار". */
  private static final Set<String> OF_WORDS = Set.of("of", "من");
  /** The English ordinal endings, a token of their own after the digits: "8th", "1st". */
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Map<String, Integer> EN_ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
  /** "twenty-first", "thirty first". */
  private static final Map<String, Integer> EN_TENS = Map.of("twenty", 20, "thirty", 30);
  /**
   * Masculine ordinals as day numbers take them ("في الثامن من"); the feminine ones count hours ("الساعة الثامنة")
   * and are left out. "الحادي" only in "الحادي عشر", "الحادي والعشرين".
   */
  private static final Map<String, Integer> AR_ORDINALS = Map.ofEntries(
      Map.entry("الاول", 1), Map.entry("الحادي", 1), Map.entry("الثاني", 2), Map.entry("الثالث", 3),
      Map.entry("الرابع", 4), Map.entry("الخامس", 5), Map.entry("السادس", 6), Map.entry("السابع", 7),
      Map.entry("الثامن", 8), Map.entry("التاسع", 9), Map.entry("العاشر", 10));
  /** The tens after an ordinal unit ("الثامن عشر", "الحادي والثلاثين") or alone ("العشرين"). */
  private static final Map<String, Integer> AR_TENS = Map.of("عشر", 10, "العشرين", 20, "العشرون", 20,
      "الثلاثين", 30, "الثلاثون", 30);
  private static final Set<String> MONTH_NOUNS = Set.of("month", "الشهر", "شهر");
  private static final Set<String> YEAR_NOUNS = Set.of("year", "العام", "عام", "السنه", "سنه");
  /** "the same month", "نفس الشهر", "الشهر نفسه": the month of a date named before in the sentence. */
  private static final Set<String> SAME = Set.of("same", "that", "نفس", "ذات", "نفسه", "ذاته");
  /** "ذلك اليوم", "that day": not the publication day. */
  private static final Set<String> THAT_DAY = Set.of("ذلك", "نفس", "هذا", "that", "same");
  private static final Set<String> YEAR_INTRODUCERS = Set.of("in", "عام", "سنه", "العام", "في");
  /** Counts of days in words: "a day", "two days". */
  private static final Map<String, Integer> EN_COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
      "five", 5, "six", 6, "seven", 7);
  private static final Map<String, Integer> AR_COUNTS = Map.of("ثلاثه", 3, "اربعه", 4, "خمسه", 5, "سته", 6,
      "سبعه", 7);
  /** The words that {@link #relative} reads. */
  private static final Set<String> RELATIVE_DAYS = Set.of("today", "tonight", "اليوم", "yesterday", "امس", "البارحه",
      "وامس", "tomorrow", "غدا", "last", "الليله", "ليله", "this", "next", "الشهر", "العام", "السنه", "هذا");
  /**
   * Every word a date expression can start with, so that any other word is passed over with one look-up per form
   * instead of one per rule.
   */
  private static final Set<String> FIRST_WORDS = Stream.of(MONTHS.keySet(), Set.of("كانون", "تشرين"),
      WEEKDAYS.keySet(), YEAR_INTRODUCERS, RELATIVE_DAYS, EN_ORDINALS.keySet(), EN_TENS.keySet(),
      AR_ORDINALS.keySet(), Set.of("العشرين", "العشرون", "الثلاثين", "الثلاثون"), EN_COUNTS.keySet(),
      Set.of("the", "اول", "قبل"))
      .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  /**
   * What the sentence has said so far: the year last written out ("on November 19, 2020 ... on November 9" is 2020)
   * and the month of the last date that named one ("on 3 March ... on the 8th of the same month"). One per call of
   * {@link #find}.
   */
  private static final class Context {
    private Integer year;
    private LocalDate month;
    /** Whether the clause before the date being read speaks of the future ("will leave in September"). */
    private boolean futureClause;
  }

  /** Future auxiliaries: "will", "سوف"; the prefix سـ is read off the token ("ستنسحب"). */
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "سوف");
  /** How far before a date a future auxiliary still governs it, within one clause. */
  private static final int FUTURE_WINDOW = 8;

  /** Rules whose dates name a month, for "the same month" later in the sentence. */
  private static final Set<String> CALENDAR_RULES = Set.of("day month", "day range", "month", "month day",
      "day range across months", "day of a month named before", "month relative to publication");

  /** Every date expression of the sentence, in order. */
  public List<DateMention> find(List<Token> tokens, LocalDate published) {
    List<DateMention> found = new ArrayList<>();
    List<DateMention> offsets = new ArrayList<>();
    Context context = new Context();
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (token.kind() != Token.Kind.NUMBER && !mayStartDate(token)) {
        i++; // nearly every word starts no date: spare it the look back for a future verb
        continue;
      }
      context.futureClause = futureClauseBefore(tokens, i);
      DateMention offset = offsetAt(tokens, i, published);
      if (offset != null) {
        (offset.rule().startsWith(BEFORE_A_DATE) ? offsets : found).add(offset);
        i = offset.end();
        continue;
      }
      DateMention mention = readAt(tokens, i, published, context);
      if (mention != null) {
        found.add(mention);
        if (CALENDAR_RULES.contains(mention.rule())) {
          context.month = mention.date().withDayOfMonth(1);
        }
        if (mention.precision() == DatePrecision.YEAR) {
          context.year = mention.date().getYear(); // "last year, between April and October"
        }
        i = mention.end();
      } else {
        i++;
      }
    }
    if (!offsets.isEmpty()) {
      found = anchor(found, offsets);
    }
    return found;
  }

  private static final String BEFORE_A_DATE = "days before a date in the sentence";

  /**
   * A count of days before publication or before another date of the sentence: "two days ago", "قبل يومين",
   * "the day before yesterday", "أمس الأول", "أول أمس" count from publication; "two days earlier", "the previous day",
   * "قبل ذلك بيومين", "في اليوم السابق" from the sentence's day date (see {@link #anchor}); null for none.
   */
  private static DateMention offsetAt(List<Token> tokens, int i, LocalDate published) {
    Token token = tokens.get(i);
    String word = token.normalized();
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).normalized() : "";
    String third = i + 2 < tokens.size() ? tokens.get(i + 2).normalized() : "";
    if (token.hasForm("امس") && next.equals("الاول") || word.equals("اول") && tokens.size() > i + 1
        && tokens.get(i + 1).hasForm("امس")) {
      return new DateMention(published.minusDays(2), DatePrecision.DAY, i, i + 2, false, "day before yesterday");
    }
    if (word.equals("the") && next.equals("day") && third.equals("before")) {
      if (i + 3 < tokens.size() && tokens.get(i + 3).normalized().equals("yesterday")) {
        return new DateMention(published.minusDays(2), DatePrecision.DAY, i, i + 4, false, "day before yesterday");
      }
      if (i + 3 >= tokens.size() || tokens.get(i + 3).isPunctuation()) {
        return new DateMention(published, DatePrecision.DAY, i, i + 3, false, BEFORE_A_DATE + " 1");
      }
      return null;
    }
    if (word.equals("the") && (next.equals("previous") || next.equals("preceding")) && third.equals("day")) {
      return new DateMention(published, DatePrecision.DAY, i, i + 3, false, BEFORE_A_DATE + " 1");
    }
    if (token.hasForm("اليوم") && (next.equals("السابق") || next.equals("الفائت"))) {
      return new DateMention(published, DatePrecision.DAY, i, i + 2, false, BEFORE_A_DATE + " 1");
    }
    if (word.equals("قبل") && next.equals("ذلك") && i + 2 < tokens.size()) {
      int days = tokens.get(i + 2).hasForm("يوم") ? 1 : tokens.get(i + 2).hasForm("يومين") ? 2 : 0;
      if (days > 0 && tokens.get(i + 2).proclitic().contains("ب")) {
        return new DateMention(published, DatePrecision.DAY, i, i + 3, false, BEFORE_A_DATE + " " + days);
      }
      return null;
    }
    if (word.equals("قبل") && i + 1 < tokens.size()) {
      // "قبل يومين", "قبل 3 أيام", "قبل ثلاثة أيام", not "قبل يومين من الانتخابات"
      int days = 0;
      int end = i + 2;
      if (next.equals("يومين")) {
        days = 2;
      } else if (third.equals("ايام") && (AR_COUNTS.containsKey(next) || smallNumber(tokens.get(i + 1)) > 0)) {
        days = AR_COUNTS.containsKey(next) ? AR_COUNTS.get(next) : smallNumber(tokens.get(i + 1));
        end = i + 3;
      }
      if (days < 1 || days > 31 || end < tokens.size() && tokens.get(end).hasForm("من")) {
        return null;
      }
      return new DateMention(published.minusDays(days), DatePrecision.DAY, i, end, false, "days ago");
    }
    int days = EN_COUNTS.containsKey(word) ? EN_COUNTS.get(word) : smallNumber(token);
    if (days < 1 || days > 31 || !(days == 1 ? next.equals("day") : next.equals("days"))) {
      return null;
    }
    if (third.equals("ago")) {
      return new DateMention(published.minusDays(days), DatePrecision.DAY, i, i + 3, false, "days ago");
    }
    if (third.equals("earlier")) {
      return new DateMention(published, DatePrecision.DAY, i, i + 3, false, BEFORE_A_DATE + " " + days);
    }
    return null;
  }

  /**
   * The days counted back from another date of the sentence, from the nearest day date before them, else after
   * them ("on Tuesday ... attacked two days earlier" is Sunday); with no day date in the sentence they are left out.
   */
  private static List<DateMention> anchor(List<DateMention> found, List<DateMention> offsets) {
    List<DateMention> all = new ArrayList<>(found);
    for (DateMention offset : offsets) {
      DateMention anchor = null;
      for (DateMention mention : found) {
        if (mention.precision() != DatePrecision.DAY) {
          continue;
        }
        if (mention.end() <= offset.start() || anchor == null) {
          anchor = mention;
        }
      }
      if (anchor != null) {
        int days = Integer.parseInt(offset.rule().substring(BEFORE_A_DATE.length() + 1));
        all.add(new DateMention(anchor.date().minusDays(days), DatePrecision.DAY, offset.start(), offset.end(), false,
            BEFORE_A_DATE));
      }
    }
    all.sort(java.util.Comparator.comparingInt(DateMention::start));
    return all;
  }

  /** A future auxiliary or a verb with the future prefix سـ shortly before {@code i}, with no clause break between. */
  private static boolean futureClauseBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - FUTURE_WINDOW; j--) {
      Token token = tokens.get(j);
      if (token.isPunctuation() && !token.normalized().equals("-")) {
        return false;
      }
      if (hasAnyForm(token, FUTURE_AUXILIARIES)) {
        return true;
      }
      for (String form : token.forms()) {
        // the tokenizer adds the form without سـ only for that prefix: "ستنسحب" has "تنسحب"
        if (form.length() >= 5 && form.charAt(0) == 'س' && token.forms().contains(form.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  private DateMention readAt(List<Token> tokens, int i, LocalDate published, Context context) {
    Token token = tokens.get(i);
    if (token.kind() != Token.Kind.NUMBER && !mayStartDate(token)) {
      return null;
    }
    String word = token.normalized();
    DateMention relative = relative(tokens, i, published);
    if (relative != null) {
      return relative;
    }
    if (token.kind() == Token.Kind.NUMBER) {
      return withRange(tokens, dayFirst(tokens, i, published, context), published, context);
    }
    Day ordinal = ordinalWord(tokens, i);
    if (ordinal != null) {
      return dayOf(tokens, i, ordinal, published, context);
    }
    int month = month(tokens, i);
    if (month > 0) {
      return withRange(tokens, monthFirst(tokens, i, month, published, context), published, context);
    }
    DayOfWeek weekday = weekday(tokens, i);
    if (weekday != null) {
      int end = i + 1;
      boolean past = i > 0 && PAST.contains(tokens.get(i - 1).normalized())
          || end < tokens.size() && PAST.contains(tokens.get(end).normalized());
      LocalDate date = published.with(past ? TemporalAdjusters.previous(weekday)
          : TemporalAdjusters.previousOrSame(weekday));
      boolean future = i > 0 && NEXT.contains(tokens.get(i - 1).normalized())
          || end < tokens.size() && NEXT.contains(tokens.get(end).normalized());
      if (future) {
        date = published.with(TemporalAdjusters.next(weekday));
      }
      if (end < tokens.size() && (PAST.contains(tokens.get(end).normalized()) || NEXT.contains(tokens.get(end).normalized()))) {
        end++;
      }
      return new DateMention(date, DatePrecision.DAY, i, end, future, past ? "weekday last" : "weekday");
    }
    if (hasAnyForm(token, YEAR_INTRODUCERS) && i + 1 < tokens.size() && isYear(tokens.get(i + 1))) {
      int year = Integer.parseInt(tokens.get(i + 1).normalized());
      return new DateMention(LocalDate.of(year, 1, 1), DatePrecision.YEAR, i, i + 2, year > published.getYear(), "year");
    }
    return null;
  }

  private static boolean mayStartDate(Token token) {
    return hasAnyForm(token, FIRST_WORDS);
  }

  private static boolean hasAnyForm(Token token, Set<String> words) {
    for (String form : token.forms()) {
      if (words.contains(form)) {
        return true;
      }
    }
    return false;
  }

  private DateMention relative(List<Token> tokens, int i, LocalDate published) {
    String word = tokens.get(i).normalized();
    String stem = tokens.get(i).stem();
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).normalized() : "";
    // a word read here must be listed in RELATIVE_DAYS, or readAt() never gets this far
    switch (word) {
      case "today", "tonight", "اليوم":
        if (i > 0 && THAT_DAY.contains(tokens.get(i - 1).normalized())) {
          return null;
        }
        return new DateMention(published, DatePrecision.DAY, i, i + 1, false, "today");
      case "yesterday", "امس", "البارحه", "وامس":
        return new DateMention(published.minusDays(1), DatePrecision.DAY, i, i + 1, false, "yesterday");
      case "tomorrow", "غدا":
        return new DateMention(published.plusDays(1), DatePrecision.DAY, i, i + 1, true, "tomorrow");
      case "last", "الليله", "ليله":
        if (next.equals("night") || next.equals("الماضيه") || next.equals("امس")) {
          return new DateMention(published.minusDays(1), DatePrecision.DAY, i, i + 2, false, "last night");
        }
        break;
      case "this":
        if (next.equals("morning") || next.equals("afternoon") || next.equals("evening")) {
          return new DateMention(published, DatePrecision.DAY, i, i + 2, false, "this morning");
        }
        break;
      default:
        break;
    }
    DateMention period = relativePeriod(tokens, i, published);
    if (period != null) {
      return period;
    }
    if (stem.equals("امس") || stem.equals("اليوم") && !tokens.get(i).proclitic().isEmpty()) {
      boolean yesterday = stem.equals("امس");
      return new DateMention(yesterday ? published.minusDays(1) : published, DatePrecision.DAY, i, i + 1, false,
          yesterday ? "yesterday" : "today");
    }
    return null;
  }

  /**
   * A month or a year named relative to publication: "this month", "last month", "next year", "الشهر الماضي",
   * "هذا الشهر", "العام الجاري", "السنة المقبلة", with the precision of what it names.
   */
  private static DateMention relativePeriod(List<Token> tokens, int i, LocalDate published) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    String second = tokens.get(i + 1).normalized();
    String marker;
    String noun;
    if (!Script.isArabic(first.normalized()) || first.normalized().equals("هذا")) {
      marker = first.normalized(); // "last month", "هذا الشهر"
      noun = second;
    } else {
      marker = second; // "الشهر الماضي", with "و"/"في" attached or not
      noun = first.hasForm("الشهر") ? "الشهر" : first.hasForm("العام") ? "العام" : first.hasForm("السنه") ? "السنه" : "";
    }
    boolean month = MONTH_NOUNS.contains(noun);
    if (!month && !YEAR_NOUNS.contains(noun) || noun.equals("عام") || noun.equals("شهر")) {
      return null;
    }
    int direction = PAST.contains(marker) ? -1 : NEXT.contains(marker) ? 1
        : THIS.contains(marker) || marker.equals("هذا") ? 0 : Integer.MIN_VALUE;
    if (direction == Integer.MIN_VALUE) {
      return null;
    }
    LocalDate date = month ? published.withDayOfMonth(1).plusMonths(direction)
        : published.withDayOfYear(1).plusYears(direction);
    return new DateMention(date, month ? DatePrecision.MONTH : DatePrecision.YEAR, i, i + 2, direction == 1,
        month ? "month relative to publication" : "year relative to publication");
  }

  /** A day of the month and the index after it ("8", "8th", "eighth", "twenty-first", "الحادي والعشرين"). */
  private record Day(int value, int end, boolean ordinal) {}

  /** A date as written, before it is resolved: the year if given, the month, the day if given, a modifier. */
  private record Written(Integer year, int month, Integer day, Modifier modifier, int start, int end, String rule) {}

  /** A number 1-31 at {@code i}, with an ordinal ending ("29th") when it has one. */
  private static Day dayNumber(List<Token> tokens, int i) {
    int day = i < tokens.size() ? smallNumber(tokens.get(i)) : -1;
    if (day < 1 || day > 31) {
      return null;
    }
    boolean suffixed = i + 1 < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(i + 1).normalized());
    return new Day(day, suffixed ? i + 2 : i + 1, suffixed);
  }

  /** An ordinal day written in words at {@code i}: "eighth", "twenty-first", "الثامن", "الثامن عشر", "العشرين". */
  private static Day ordinalWord(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String word = token.normalized();
    Integer unit = EN_ORDINALS.get(word);
    if (unit != null) {
      return new Day(unit, i + 1, true);
    }
    Integer tens = EN_TENS.get(word);
    if (tens != null) {
      int j = i + 1 < tokens.size() && tokens.get(i + 1).normalized().equals("-") ? i + 2 : i + 1;
      Integer ones = j < tokens.size() ? EN_ORDINALS.get(tokens.get(j).normalized()) : null;
      return ones != null && ones < 10 && tens + ones <= 31 ? new Day(tens + ones, j + 1, true) : null;
    }
    for (String form : token.forms()) {
      Integer arabicUnit = AR_ORDINALS.get(form);
      if (arabicUnit != null) {
        Integer arabicTens = null;
        if (i + 1 < tokens.size()) {
          for (String nextForm : tokens.get(i + 1).forms()) {
            arabicTens = arabicTens == null ? AR_TENS.get(nextForm) : arabicTens;
          }
        }
        // "عشر" joins without و, the other tens with it: "الثامن عشر", "الثامن والعشرين"
        boolean joined = arabicTens != null && (arabicTens == 10) == tokens.get(i + 1).proclitic().isEmpty();
        if (joined && arabicUnit + arabicTens <= 31) {
          return new Day(arabicUnit + arabicTens, i + 2, true);
        }
        return form.equals("الحادي") ? null : new Day(arabicUnit, i + 1, true);
      }
      Integer bareTens = AR_TENS.get(form);
      if (bareTens != null && bareTens >= 20 && token.proclitic().isEmpty()) {
        return new Day(bareTens, i + 1, true);
      }
    }
    return null;
  }

  /**
   * A day in words, then "of"/"من" and a month or a month reference: "the eighth of March", "the first of this
   * month", "الثامن من يناير", "العاشر من الشهر الماضي". An English ordinal needs its "the".
   */
  private DateMention dayOf(List<Token> tokens, int i, Day day, LocalDate published, Context context) {
    boolean english = !Script.isArabic(tokens.get(i).normalized());
    if (english && (i == 0 || !tokens.get(i - 1).normalized().equals("the"))) {
      return null;
    }
    if (day.end >= tokens.size() || !OF_WORDS.contains(tokens.get(day.end).normalized())) {
      return null;
    }
    return withRange(tokens, dayWithMonth(tokens, i, day, day.end, published, context), published, context);
  }

  private DateMention dayFirst(List<Token> tokens, int i, LocalDate published, Context context) {
    Day first = dayNumber(tokens, i);
    if (first == null) {
      return null;
    }
    int monthAt = first.end;
    // a range "3 to 12 February" or "3-12 February": the event starts on the first day
    if (monthAt + 1 < tokens.size() && RANGE_WORDS.contains(tokens.get(monthAt).normalized())) {
      Day last = dayNumber(tokens, monthAt + 1);
      if (last != null && monthAt(tokens, last.end) > 0) {
        DateMention range = dayWithMonth(tokens, i, first, last.end, published, context);
        return range == null ? null
            : new DateMention(range.date(), range.precision(), range.start(), range.end(), range.future(), "day range");
      }
    }
    DateMention mention = dayWithMonth(tokens, i, first, monthAt, published, context);
    if (mention != null || !first.ordinal) {
      return mention;
    }
    // "on the 29th," alone: the latest 29th on or before publication
    boolean onThe = i >= 2 && tokens.get(i - 1).normalized().equals("the") && tokens.get(i - 2).normalized().equals("on");
    boolean closed = first.end >= tokens.size() || tokens.get(first.end).isPunctuation();
    return onThe && closed ? latestDay(first.value, published, i, first.end) : null;
  }

  /** The index of the month after a day, past an "of"/"من" ("8th of March", "8 من مارس"), or -1. */
  private static int monthAt(List<Token> tokens, int j) {
    if (month(tokens, j) > 0) {
      return j;
    }
    if (j < tokens.size() && OF_WORDS.contains(tokens.get(j).normalized()) && month(tokens, j + 1) > 0) {
      return j + 1;
    }
    return -1;
  }

  /**
   * A day, then at {@code j} a month ("8 March", "8th of March", "8 من مارس") or a month reference ("the 29th of
   * last month", "في 29 من الشهر الماضي", "في 15 الجاري", "the 8th of the same month").
   */
  private DateMention dayWithMonth(List<Token> tokens, int start, Day day, int j, LocalDate published,
      Context context) {
    int monthAt = monthAt(tokens, j);
    if (monthAt > 0 && (monthAt == j || day.ordinal || tokens.get(j).normalized().equals("من"))) {
      int month = month(tokens, monthAt);
      int end = skipMonth(tokens, monthAt);
      Integer year = null;
      if (end < tokens.size() && isYear(tokens.get(end))) {
        year = Integer.parseInt(tokens.get(end).normalized());
        end++;
      } else if (end + 1 < tokens.size() && tokens.get(end).normalized().equals(",") && isYear(tokens.get(end + 1))) {
        year = Integer.parseInt(tokens.get(end + 1).normalized());
        end += 2;
      } else {
        YearAfter after = yearAfterMonth(tokens, end, published);
        if (after != null) {
          year = after.year;
          end = after.end;
        }
      }
      Modifier modifier = modifier(tokens, start, end);
      return resolve(new Written(year, month, day.value, modifier, start, modifier.end, "day month"), published,
          context);
    }
    boolean of = j < tokens.size() && OF_WORDS.contains(tokens.get(j).normalized());
    MonthRef ref = monthRef(tokens, of ? j + 1 : j, !of, published, context);
    if (ref == null) {
      return null;
    }
    if (ref.month == null) {
      // "the same month" with no month named before it in the sentence: read as a bare day
      return latestDay(day.value, published, start, ref.end);
    }
    LocalDate date;
    try {
      date = ref.month.withDayOfMonth(day.value);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return new DateMention(date, DatePrecision.DAY, start, ref.end, date.isAfter(published), ref.rule);
  }

  /** A month named by reference, and the index after it; {@code month} is null for "the same month" unanchored. */
  private record MonthRef(LocalDate month, int end, String rule) {}

  /**
   * After "of"/"من": "this/last/next/the same month", "the month", "الشهر الجاري/الماضي/المقبل/نفسه", "نفس الشهر",
   * "هذا الشهر" at {@code i}. "الجاري"/"الحالي" alone ("في 15 الجاري", "في 15 من الجاري") also when {@code bare}:
   * a count before "the month" ("killed 15 last month") is no day.
   */
  private static MonthRef monthRef(List<Token> tokens, int i, boolean bare, LocalDate published, Context context) {
    if (i >= tokens.size()) {
      return null;
    }
    LocalDate thisMonth = published.withDayOfMonth(1);
    String word = tokens.get(i).normalized();
    if (THIS.contains(word) && !word.equals("this") && !word.equals("current")) {
      return new MonthRef(thisMonth, i + 1, "day of a month relative to publication");
    }
    if (bare) {
      return null;
    }
    int at = i;
    if (word.equals("the")) {
      at++;
    }
    if (at + 1 < tokens.size() && MONTH_NOUNS.contains(tokens.get(at + 1).normalized())) {
      // English "last month", Arabic "نفس الشهر", "هذا الشهر"
      String marker = tokens.get(at).normalized();
      LocalDate month = relativeMonth(marker, published, context);
      if (month != null || SAME.contains(marker)) {
        return new MonthRef(month, at + 2, ruleOf(marker));
      }
    }
    if (at < tokens.size() && MONTH_NOUNS.contains(tokens.get(at).normalized())) {
      String marker = at + 1 < tokens.size() ? tokens.get(at + 1).normalized() : "";
      LocalDate month = relativeMonth(marker, published, context);
      if (month != null || SAME.contains(marker)) {
        return new MonthRef(month, at + 2, ruleOf(marker));
      }
      if (word.equals("the")) {
        return new MonthRef(thisMonth, at + 1, "day of a month relative to publication"); // "the 8th of the month"
      }
    }
    return null;
  }

  private static LocalDate relativeMonth(String marker, LocalDate published, Context context) {
    LocalDate thisMonth = published.withDayOfMonth(1);
    if (THIS.contains(marker) || marker.equals("هذا")) {
      return thisMonth;
    }
    if (PAST.contains(marker)) {
      return thisMonth.minusMonths(1);
    }
    if (NEXT.contains(marker)) {
      return thisMonth.plusMonths(1);
    }
    if (SAME.contains(marker)) {
      return context.month;
    }
    return null;
  }

  private static String ruleOf(String marker) {
    return SAME.contains(marker) ? "day of a month named before" : "day of a month relative to publication";
  }

  /** The latest given day of a month on or before publication, for a day named without its month. */
  private static DateMention latestDay(int day, LocalDate published, int start, int end) {
    LocalDate month = published.withDayOfMonth(1);
    for (int back = 0; back < 12; back++) {
      LocalDate candidate = month.minusMonths(back);
      if (day <= candidate.lengthOfMonth() && !candidate.withDayOfMonth(day).isAfter(published)) {
        return new DateMention(candidate.withDayOfMonth(day), DatePrecision.DAY, start, end, false, "bare day");
      }
    }
    return null;
  }

  private DateMention monthFirst(List<Token> tokens, int i, int month, LocalDate published, Context context) {
    int end = skipMonth(tokens, i);
    Integer day = null;
    Integer year = null;
    if (end < tokens.size() && tokens.get(end).kind() == Token.Kind.NUMBER) {
      int value = smallNumber(tokens.get(end));
      if (isYear(tokens.get(end))) {
        year = value;
        end++;
      } else if (value >= 1 && value <= 31) {
        day = value;
        end++;
        if (end < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(end).normalized())) {
          end++; // "March 8th"
        }
        if (end + 1 < tokens.size() && tokens.get(end).normalized().equals(",") && isYear(tokens.get(end + 1))) {
          year = Integer.parseInt(tokens.get(end + 1).normalized());
          end += 2;
        } else if (end < tokens.size() && isYear(tokens.get(end))) {
          year = Integer.parseInt(tokens.get(end).normalized());
          end++;
        }
      }
    }
    if (year == null) {
      YearAfter after = yearAfterMonth(tokens, end, published);
      if (after != null) {
        year = after.year;
        end = after.end;
      }
    }
    String word = tokens.get(i).stem();
    if (day == null && year == null && MONTHS_NEEDING_NUMBER.contains(word)) {
      return null;
    }
    Modifier modifier = modifier(tokens, i, end);
    return resolve(new Written(year, month, day, modifier, i, modifier.end, day == null ? "month" : "month day"),
        published, context);
  }

  private record YearAfter(int year, int end) {}

  /**
   * The year after a month: "June of 2014", "يونيو من عام 2014", "مارس عام 2014", "March last year", "آذار من العام
   * الماضي", "of this year".
   */
  private static YearAfter yearAfterMonth(List<Token> tokens, int i, LocalDate published) {
    int at = i;
    if (at < tokens.size() && OF_WORDS.contains(tokens.get(at).normalized())) {
      at++;
    }
    if (at < tokens.size() && tokens.get(at).normalized().equals("the")) {
      at++;
    }
    if (at + 1 < tokens.size() && YEAR_NOUNS.contains(tokens.get(at).normalized()) && isYear(tokens.get(at + 1))) {
      return new YearAfter(Integer.parseInt(tokens.get(at + 1).normalized()), at + 2);
    }
    if (at > i && at < tokens.size() && isYear(tokens.get(at)) && tokens.get(i).normalized().equals("of")) {
      return new YearAfter(Integer.parseInt(tokens.get(at).normalized()), at + 1);
    }
    if (at + 1 < tokens.size()) {
      // English "last year", Arabic "العام الماضي", "هذا العام"
      String first = tokens.get(at).normalized();
      String second = tokens.get(at + 1).normalized();
      String marker = YEAR_NOUNS.contains(second) ? first : YEAR_NOUNS.contains(first) ? second : null;
      if (marker != null && !first.equals("عام") && !second.equals("عام")) {
        if (PAST.contains(marker)) {
          return new YearAfter(published.getYear() - 1, at + 2);
        }
        if (NEXT.contains(marker)) {
          return new YearAfter(published.getYear() + 1, at + 2);
        }
        if (THIS.contains(marker) || marker.equals("هذا")) {
          return new YearAfter(published.getYear(), at + 2);
        }
      }
    }
    return null;
  }

  /**
   * A range across months after a day date: "28 February to 2 March", "February 28 - March 2", "بين 28 شباط و2
   * آذار". The event starts on the first day, in the year that puts it before the last one.
   */
  private DateMention withRange(List<Token> tokens, DateMention first, LocalDate published, Context context) {
    if (first == null || first.precision() != DatePrecision.DAY || !CALENDAR_RULES.contains(first.rule())) {
      return first;
    }
    int at = first.end();
    if (at + 1 >= tokens.size() || !hasAnyForm(tokens.get(at), RANGE_WORDS)) {
      return first;
    }
    boolean and = hasAnyForm(tokens.get(at), AND_WORDS);
    if (and && (first.start() == 0 || !hasAnyForm(tokens.get(first.start() - 1), BETWEEN))) {
      return first;
    }
    Context none = new Context();
    DateMention last = null;
    if (tokens.get(at + 1).kind() == Token.Kind.NUMBER) {
      last = dayFirst(tokens, at + 1, published, none);
    } else if (month(tokens, at + 1) > 0) {
      last = monthFirst(tokens, at + 1, month(tokens, at + 1), published, none);
    }
    if (last == null || last.precision() != DatePrecision.DAY) {
      return first;
    }
    LocalDate start = first.date();
    if (!yearWritten(tokens, first.start(), first.end())) {
      start = start.withYear(last.date().getYear());
      if (start.isAfter(last.date())) {
        start = start.minusYears(1);
      }
    }
    return new DateMention(start, DatePrecision.DAY, first.start(), last.end(), start.isAfter(published),
        "day range across months");
  }

  private static boolean yearWritten(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (isYear(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private record Modifier(int direction, int end) {}

  /** last/next/this before the month or الماضي/المقبل/الجاري after it. */
  private static Modifier modifier(List<Token> tokens, int start, int end) {
    if (end < tokens.size()) {
      String after = tokens.get(end).normalized();
      if (PAST.contains(after)) {
        return new Modifier(-1, end + 1);
      }
      if (NEXT.contains(after)) {
        return new Modifier(1, end + 1);
      }
      if (THIS.contains(after)) {
        return new Modifier(0, end + 1);
      }
    }
    if (start > 0) {
      String before = tokens.get(start - 1).normalized();
      if (PAST.contains(before)) {
        return new Modifier(-1, end);
      }
      if (NEXT.contains(before)) {
        return new Modifier(1, end);
      }
      if (THIS.contains(before)) {
        return new Modifier(0, end);
      }
    }
    return new Modifier(Integer.MIN_VALUE, end);
  }

  private static DateMention resolve(Written written, LocalDate published, Context context) {
    Integer year = written.year;
    int month = written.month;
    Integer day = written.day;
    Modifier modifier = written.modifier;
    int resolvedYear;
    if (year != null) {
      resolvedYear = year;
      context.year = year;
    } else if (modifier.direction == 1) {
      boolean laterThisYear = month > published.getMonthValue()
          || month == published.getMonthValue() && day != null && day > published.getDayOfMonth();
      resolvedYear = laterThisYear ? published.getYear() : published.getYear() + 1;
    } else if (modifier.direction == 0) {
      resolvedYear = published.getYear();
    } else if (modifier.direction == Integer.MIN_VALUE && context.year != null
        && !LocalDate.of(context.year, month, 1).isAfter(published)) {
      // the year is left out when the sentence has just written it: "on November 19, 2020 ... on November 9"
      resolvedYear = context.year;
    } else {
      // past or unmarked: the latest occurrence on or before publication ("last January" in January is a year back)
      boolean afterPublication = month > published.getMonthValue()
          || month == published.getMonthValue() && day != null && day > published.getDayOfMonth();
      boolean sameMonthLast = modifier.direction == -1 && day == null && month == published.getMonthValue();
      // "will leave in September" written in May is this September, not the last one
      boolean ahead = afterPublication && modifier.direction == Integer.MIN_VALUE && context.futureClause;
      resolvedYear = (afterPublication || sameMonthLast) && !ahead ? published.getYear() - 1 : published.getYear();
    }
    LocalDate date;
    try {
      date = LocalDate.of(resolvedYear, month, day == null ? 1 : day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    boolean future = date.isAfter(published) || modifier.direction == 1;
    DatePrecision precision = day == null ? DatePrecision.MONTH : DatePrecision.DAY;
    return new DateMention(date, precision, written.start, written.end, future, written.rule);
  }
  /** The month named at {@code i}: one word, "كانون الثاني", "تشرين الاول", ... */
  private static int month(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return 0;
    }
    Token token = tokens.get(i);
    for (String form : token.forms()) {
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).normalized() : "";
      if (form.equals("كانون") || form.equals("تشرين")) {
        boolean first = next.equals("الاول");
        boolean second = next.equals("الثاني");
        if (!first && !second) {
          return 0;
        }
        if (form.equals("كانون")) {
          return first ? 12 : 1;
        }
        return first ? 10 : 11;
      }
      Integer month = MONTHS.get(form);
      if (month != null) {
        return month;
      }
    }
    return 0;
  }

  /** The index after the month at {@code i}, skipping a "/" and the month's name in the other series. */
  private static int skipMonth(List<Token> tokens, int i) {
    int end = i + (isTwoWordMonth(tokens.get(i)) ? 2 : 1);
    if (end < tokens.size() && tokens.get(end).normalized().equals(".") && tokens.get(i).normalized().length() <= 4) {
      end++; // "Feb. 2"
    }
    if (end + 1 < tokens.size() && tokens.get(end).normalized().equals("/") && month(tokens, end + 1) > 0) {
      end = end + 1 + (isTwoWordMonth(tokens.get(end + 1)) ? 2 : 1);
    }
    return end;
  }

  private static boolean isTwoWordMonth(Token token) {
    return token.hasForm("كانون") || token.hasForm("تشرين");
  }

  private static DayOfWeek weekday(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    for (String form : token.forms()) {
      DayOfWeek day = WEEKDAYS.get(form);
      if (day != null) {
        boolean isEleven = i + 1 < tokens.size() && tokens.get(i + 1).normalized().equals("عشر");
        return isEleven ? null : day;
      }
    }
    return null;
  }

  private static boolean isYear(Token token) {
    if (token.kind() != Token.Kind.NUMBER || token.normalized().length() != 4) {
      return false;
    }
    int value = Integer.parseInt(token.normalized());
    return value >= 1900 && value <= 2100;
  }

  private static int smallNumber(Token token) {
    if (token.kind() != Token.Kind.NUMBER) {
      return -1;
    }
    String digits = token.normalized();
    if (digits.length() > 4 || digits.indexOf(',') >= 0 || digits.indexOf('.') >= 0) {
      return -1;
    }
    return Integer.parseInt(digits);
  }
}
