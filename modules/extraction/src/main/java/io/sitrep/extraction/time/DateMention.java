package io.sitrep.extraction.time;

import io.sitrep.model.DatePrecision;
import java.time.LocalDate;

/**
 * A date expression resolved against the publication date: tokens [start, end) of its sentence, the date, its
 * precision, whether it points to the future, and the rule that read it (for explanations).
 */
public record DateMention(LocalDate date, DatePrecision precision, int start, int end, boolean future, String rule) {}
