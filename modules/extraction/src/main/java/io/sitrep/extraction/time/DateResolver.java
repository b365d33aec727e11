package io.sitrep.extraction.time;

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
 * and Arabic (both month series, "فبراير/شباط" pairs), weekdays, "today"/"yesterday"/"فجر اليوم"/"أمس", months with
 * last/next/this, years after "in"/"عام", and ranges ("from 3 to 12 February" gives the start). Scans tokens once.
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

  private static final Set<String> PAST = Set.of("last", "past", "previous", "الماضي", "الفائت", "المنصرم", "السابق");
  private static final Set<String> NEXT = Set.of("next", "coming", "upcoming", "المقبل", "القادم");
  private static final Set<String> THIS = Set.of("this", "الجاري", "الحالي");
  private static final Set<String> RANGE_WORDS = Set.of("to", "-", "until", "through", "and", "الي", "حتي", "و");
  /** "ذلك اليوم", "that day": not the publication day. */
  private static final Set<String> THAT_DAY = Set.of("ذلك", "نفس", "هذا", "that", "same");
  private static final Set<String> YEAR_INTRODUCERS = Set.of("in", "عام", "سنه", "العام");
  /** The words that {@link #relative} reads. */
  private static final Set<String> RELATIVE_DAYS = Set.of("today", "tonight", "اليوم", "yesterday", "امس", "البارحه",
      "وامس", "tomorrow", "غدا", "last", "الليله", "ليله", "this");
  /**
   * Every word a date expression can start with, so that any other word is passed over with one look-up per form
   * instead of one per rule.
   */
  private static final Set<String> FIRST_WORDS = Stream.of(MONTHS.keySet(), Set.of("كانون", "تشرين"),
      WEEKDAYS.keySet(), YEAR_INTRODUCERS, RELATIVE_DAYS).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  /** Every date expression of the sentence, in order. */
  public List<DateMention> find(List<Token> tokens, LocalDate published) {
    List<DateMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      DateMention mention = readAt(tokens, i, published);
      if (mention != null) {
        found.add(mention);
        i = mention.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private DateMention readAt(List<Token> tokens, int i, LocalDate published) {
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
      return dayFirst(tokens, i, published);
    }
    int month = month(tokens, i);
    if (month > 0) {
      return monthFirst(tokens, i, month, published);
    }
    DayOfWeek weekday = weekday(tokens, i);
    if (weekday != null) {
      int end = i + 1;
      LocalDate date = published.with(TemporalAdjusters.previousOrSame(weekday));
      boolean future = i > 0 && NEXT.contains(tokens.get(i - 1).normalized())
          || end < tokens.size() && NEXT.contains(tokens.get(end).normalized());
      if (future) {
        date = published.with(TemporalAdjusters.next(weekday));
      }
      if (end < tokens.size() && (PAST.contains(tokens.get(end).normalized()) || NEXT.contains(tokens.get(end).normalized()))) {
        end++;
      }
      return new DateMention(date, DatePrecision.DAY, i, end, future, "weekday");
    }
    if (YEAR_INTRODUCERS.contains(word) && i + 1 < tokens.size() && isYear(tokens.get(i + 1))) {
      int year = Integer.parseInt(tokens.get(i + 1).normalized());
      return new DateMention(LocalDate.of(year, 1, 1), DatePrecision.YEAR, i, i + 2, year > published.getYear(), "year");
    }
    return null;
  }

  private static boolean mayStartDate(Token token) {
    for (String form : token.forms()) {
      if (FIRST_WORDS.contains(form)) {
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
        return null;
      case "this":
        if (next.equals("morning") || next.equals("afternoon") || next.equals("evening")) {
          return new DateMention(published, DatePrecision.DAY, i, i + 2, false, "this morning");
        }
        return null;
      default:
        break;
    }
    if (stem.equals("امس") || stem.equals("اليوم") && !tokens.get(i).proclitic().isEmpty()) {
      boolean yesterday = stem.equals("امس");
      return new DateMention(yesterday ? published.minusDays(1) : published, DatePrecision.DAY, i, i + 1, false,
          yesterday ? "yesterday" : "today");
    }
    return null;
  }

  private DateMention dayFirst(List<Token> tokens, int i, LocalDate published) {
    int day = smallNumber(tokens.get(i));
    if (day < 1 || day > 31) {
      return null;
    }
    int monthAt = i + 1;
    // a range "3 to 12 February" or "3-12 February": the event starts on the first day
    String rule = "day month";
    if (monthAt + 1 < tokens.size() && RANGE_WORDS.contains(tokens.get(monthAt).normalized())
        && smallNumber(tokens.get(monthAt + 1)) >= 1 && month(tokens, monthAt + 2) > 0) {
      monthAt += 2;
      rule = "day range";
    }
    int month = month(tokens, monthAt);
    if (month <= 0) {
      return null;
    }
    int end = skipMonth(tokens, monthAt);
    Integer year = null;
    if (end < tokens.size() && isYear(tokens.get(end))) {
      year = Integer.parseInt(tokens.get(end).normalized());
      end++;
    } else if (end + 1 < tokens.size() && tokens.get(end).normalized().equals(",") && isYear(tokens.get(end + 1))) {
      year = Integer.parseInt(tokens.get(end + 1).normalized());
      end += 2;
    }
    Modifier modifier = modifier(tokens, i, end);
    end = modifier.end;
    return resolve(year, month, day, published, modifier, i, end, rule);
  }

  private DateMention monthFirst(List<Token> tokens, int i, int month, LocalDate published) {
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
        if (end + 1 < tokens.size() && tokens.get(end).normalized().equals(",") && isYear(tokens.get(end + 1))) {
          year = Integer.parseInt(tokens.get(end + 1).normalized());
          end += 2;
        } else if (end < tokens.size() && isYear(tokens.get(end))) {
          year = Integer.parseInt(tokens.get(end).normalized());
          end++;
        }
      }
    }
    String word = tokens.get(i).stem();
    if (day == null && year == null && MONTHS_NEEDING_NUMBER.contains(word)) {
      return null;
    }
    Modifier modifier = modifier(tokens, i, end);
    return resolve(year, month, day, published, modifier, i, modifier.end, day == null ? "month" : "month day");
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

  private static DateMention resolve(Integer year, int month, Integer day, LocalDate published, Modifier modifier,
      int start, int end, String rule) {
    int resolvedYear;
    boolean future;
    if (year != null) {
      resolvedYear = year;
    } else if (modifier.direction == 1) {
      boolean laterThisYear = month > published.getMonthValue()
          || month == published.getMonthValue() && day != null && day > published.getDayOfMonth();
      resolvedYear = laterThisYear ? published.getYear() : published.getYear() + 1;
    } else if (modifier.direction == 0) {
      resolvedYear = published.getYear();
    } else {
      // past or unmarked: the latest occurrence on or before publication ("last January" in January is a year back)
      boolean afterPublication = month > published.getMonthValue()
          || month == published.getMonthValue() && day != null && day > published.getDayOfMonth();
      boolean sameMonthLast = modifier.direction == -1 && day == null && month == published.getMonthValue();
      resolvedYear = afterPublication || sameMonthLast ? published.getYear() - 1 : published.getYear();
    }
    LocalDate date;
    try {
      date = LocalDate.of(resolvedYear, month, day == null ? 1 : day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    future = date.isAfter(published) || modifier.direction == 1;
    DatePrecision precision = day == null ? DatePrecision.MONTH : DatePrecision.DAY;
    return new DateMention(date, precision, start, end, future, rule);
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
