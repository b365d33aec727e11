package io.sitrep.extraction.events;

import io.sitrep.extraction.places.ResolvedLocation;
import io.sitrep.extraction.quantities.Counts;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventType;
import io.sitrep.model.Factuality;
import io.sitrep.model.Platform;
import java.time.LocalDate;
import java.util.List;

/**
 * One event read from one sentence, before mentions of the same act are merged, with the provenance of each field
 * for explanations. {@code anaphoric} marks a definite mention ("the attack") that may refer to an event already read.
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
    int evidenceStart,
    int evidenceEnd,
    String evidence,
    double confidence,
    boolean anaphoric,
    Provenance provenance) {

  /** Which data row and rule produced each field. */
  public record Provenance(String trigger, String agent, String place, String date, String factuality) {}
}
