package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.quantities.Counts;
import io.sitrep.extraction.text.Sentence;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.Platform;
import java.time.LocalDate;
import java.util.List;

/**
 * One event read from an article, with the provenance of each field for explanations. {@code trigger} is the first
 * mention's trigger and sentence (the evidence); {@code mentions} counts the mentions merged into it. {@code anaphoric}
 * marks a definite mention ("the attack") that may refer to an event already read.
 */
public record EventCandidate(
    EventType type,
    Factuality factuality,
    Platform platform,
    String agent,
    List<String> counterparts,
    ResolvedLocation location,
    LocalDate date,
    DatePrecision datePrecision,
    Counts counts,
    TriggerMention trigger,
    int mentions,
    double confidence,
    boolean anaphoric,
    Provenance provenance) {

  /** Which data row and rule produced each field. */
  public record Provenance(String trigger, String agent, String place, String date, String factuality) {}

  /**
   * A lexicon trigger matched at tokens {@code start} (inclusive) to {@code end} (exclusive) of a sentence, with the
   * sentence's cue words, found once for its reading and kept for the gate's features.
   */
  public record TriggerMention(Trigger trigger, Sentence sentence, int start, int end, SentenceCues cues) {}

  /** The evidence sentence's start offset in the article text. */
  public int evidenceStart() {
    return trigger.sentence().start();
  }

  /** The evidence sentence's end offset in the article text. */
  public int evidenceEnd() {
    return trigger.sentence().end();
  }

  /** The evidence sentence, verbatim. */
  public String evidence() {
    return trigger.sentence().text();
  }

  /** The same event at another place. */
  public EventCandidate withLocation(ResolvedLocation newLocation) {
    return new EventCandidate(type, factuality, platform, agent, counterparts, newLocation, date, datePrecision, counts,
        trigger, mentions, confidence, anaphoric, provenance);
  }

  /** The same event with another confidence. */
  public EventCandidate withConfidence(double newConfidence) {
    return new EventCandidate(type, factuality, platform, agent, counterparts, location, date, datePrecision, counts,
        trigger, mentions, newConfidence, anaphoric, provenance);
  }
}
