package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.extraction.text.Token;
import io.sitrep.extraction.time.DateMention;
import io.sitrep.model.DatePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * The date stage of reading a trigger: the sentence's date expression nearest the trigger, preferring one in its
 * clause and not one beyond a word that ties it to another act; without one, the publication day when the sentence
 * says "today", else the publication date with precision ARTICLE. A date applies only within its own sentence.
 */
final class EventDater {

  private EventDater() {}

  /** When the event happened, the expression that said so (null for none), and how it was decided. */
  record Dating(LocalDate date, DatePrecision precision, DateMention mention, String source) {

    /** Whether the sentence dates the event in the future of the publication ("next month"). */
    boolean future() {
      return mention != null && mention.future();
    }
  }

  static Dating date(Sentence sentence, SentenceCues cues, List<DateMention> mentions, PhraseMatch<Trigger> match,
      Clause clause, LocalDate published) {
    List<Token> tokens = sentence.tokens();
    DateMention date = nearestDate(mentions, match, clause, cues, tokens);
    if (date != null) {
      String words = sentence.text().substring(tokens.get(date.start()).start() - sentence.start(),
          tokens.get(date.end() - 1).end() - sentence.start());
      String source = "\"" + words + "\" by rule " + date.rule();
      LocalDate day = date.date();
      if (date.precision() == DatePrecision.DAY) {
        int shift = daysAcrossLink(tokens, cues, match, date);
        if (shift != 0) {
          day = day.plusDays(shift);
          source += ", " + shift + " day(s) across the word that ties the acts";
        } else if (overnightBeforeReportDay(tokens, cues, match, date)) {
          day = day.minusDays(1);
          source += ", the night before the day it was told";
        }
      }
      return new Dating(day, date.precision(), date, source);
    }
    if (cues.anyIn(CueClass.TODAY, 0, sentence.tokens().size())) {
      return new Dating(published, DatePrecision.DAY, null, "publication day: the sentence says today/now");
    }
    return new Dating(published, DatePrecision.ARTICLE, null, "publication date: no date in the sentence");
  }

  /**
   * The date nearest the trigger, preferring one in the trigger's clause, then one not beyond a word that ties the
   * trigger to another act ("began in April, months after Azerbaijan captured the region in September 2023").
   */
  private static DateMention nearestDate(List<DateMention> mentions, PhraseMatch<Trigger> match, Clause clause,
      SentenceCues cues, List<Token> tokens) {
    DateMention nearest = null;
    int best = Integer.MAX_VALUE;
    for (DateMention mention : mentions) {
      boolean after = mention.start() >= match.end();
      int distance = after ? mention.start() - match.end() : match.start() - mention.end();
      if (mention.start() < clause.start() || mention.end() > clause.end()) {
        distance += 100;
      }
      if (after ? cues.anyIn(CueClass.TEMPORAL_LINK, match.end(), mention.start())
          : cues.anyIn(CueClass.TEMPORAL_LINK, mention.end(), match.start())) {
        distance += 1000;
      }
      if (reportingVerbBefore(tokens, cues, mention) >= 0) {
        distance += 50; // "officials said on Friday": the day the source spoke, after any time of the act itself
      }
      if (distance < best) {
        best = distance;
        nearest = mention;
      }
    }
    return nearest;
  }

  /** Words that report like the REPORTING cues but take an object first: "told AFP on Saturday". */
  private static final java.util.Set<String> TOLD = java.util.Set.of("told", "tells", "صرح", "صرحت");
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");
  /** How many tokens a reporting verb may stand before the day it was said on ("told AFP news agency on Friday"). */
  private static final int REPORT_WINDOW = 5;

  /**
   * The index of the reporting verb the date attaches to ("said on Friday", "told AFP on Saturday", "قال مسؤول يوم
   * الجمعة"), a few tokens before it with no punctuation between; -1 for none.
   */
  static int reportingVerbBefore(List<Token> tokens, SentenceCues cues, DateMention mention) {
    for (int j = mention.start() - 1; j >= 0 && j >= mention.start() - REPORT_WINDOW; j--) {
      Token token = tokens.get(j);
      if (token.isPunctuation()) {
        return -1;
      }
      if (cues.at(CueClass.REPORTING, j) || TOLD.contains(token.normalized())) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "killed ten overnight, sources said on Friday": an act told of in the night before the day its source spoke, the
   * act before the reporting verb and the night word an adverb between them, happened the day before.
   */
  private static boolean overnightBeforeReportDay(List<Token> tokens, SentenceCues cues, PhraseMatch<Trigger> match,
      DateMention date) {
    int verb = reportingVerbBefore(tokens, cues, date);
    if (verb < match.end()) {
      return false;
    }
    for (PhraseMatch<CueClass> night : cues.of(CueClass.OVERNIGHT)) {
      // adverbial only: "an overnight attack ..., officials said on Sunday" is labelled the day told
      boolean adjective = night.start() > 0 && ARTICLES.contains(tokens.get(night.start() - 1).normalized());
      if (night.start() >= match.start() - 3 && night.end() <= verb && !adjective) {
        return true;
      }
    }
    return false;
  }

  /**
   * A count of days before a word that ties the trigger to another act: "captured on Thursday, a day after the
   * troops withdrew" puts the withdrawal the day before, "two days before"; Arabic "بعد يوم من", "بعد يومين من". The
   * days to add to the date of the other act; 0 for none.
   */
  private static int daysAcrossLink(List<Token> tokens, SentenceCues cues, PhraseMatch<Trigger> match,
      DateMention date) {
    boolean triggerFirst = match.end() <= date.start();
    int from = triggerFirst ? match.end() : date.end();
    int to = triggerFirst ? date.start() : match.start();
    for (PhraseMatch<CueClass> link : cues.of(CueClass.TEMPORAL_LINK)) {
      if (link.start() < from || link.end() > to) {
        continue;
      }
      String word = tokens.get(link.start()).normalized();
      int sign = word.equals("after") || word.equals("بعد") || word.equals("following") ? 1
          : word.equals("before") || word.equals("قبل") ? -1 : 0;
      int days = word.equals("after") || word.equals("before") ? countBefore(tokens, link.start())
          : countAfter(tokens, link.end());
      if (sign == 0 || days == 0) {
        continue;
      }
      // the act after the link is N days before ("after") the act before it, or N days after it ("before")
      return triggerFirst ? sign * days : -sign * days;
    }
    return 0;
  }

  private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("a", 1, "one", 1, "two", 2,
      "three", 3, "four", 4, "five", 5);

  /** "a day", "two days", "3 days" just before {@code i}; 0 for none. */
  private static int countBefore(List<Token> tokens, int i) {
    if (i < 2) {
      return 0;
    }
    String noun = tokens.get(i - 1).normalized();
    String count = tokens.get(i - 2).normalized();
    Integer days = COUNTS.get(count);
    if (days == null && tokens.get(i - 2).kind() == Token.Kind.NUMBER && count.matches("[0-9]{1,2}")) {
      days = Integer.parseInt(count);
    }
    if (days == null || !(days == 1 ? noun.equals("day") : noun.equals("days"))) {
      return 0;
    }
    return days;
  }

  /** Arabic "يوم من", "يومين من" just after a link at {@code i}; 0 for none. */
  private static int countAfter(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).hasForm("من")) {
      return 0;
    }
    String noun = tokens.get(i).normalized();
    return noun.equals("يوم") ? 1 : noun.equals("يومين") ? 2 : 0;
  }
}
