package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.Clause;
import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.extraction.text.Sentence;
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
    DateMention date = nearestDate(mentions, match, clause, cues);
    if (date != null) {
      String words = sentence.text().substring(sentence.tokens().get(date.start()).start() - sentence.start(),
          sentence.tokens().get(date.end() - 1).end() - sentence.start());
      return new Dating(date.date(), date.precision(), date, "\"" + words + "\" by rule " + date.rule());
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
      SentenceCues cues) {
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
      if (distance < best) {
        best = distance;
        nearest = mention;
      }
    }
    return nearest;
  }
}
