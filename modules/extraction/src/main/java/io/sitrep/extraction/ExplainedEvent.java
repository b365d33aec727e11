package io.sitrep.extraction;

import io.sitrep.model.MilitaryEvent;

/** An extracted event with the explanation of how it was read, for {@code sitrep extract --explain}. */
public record ExplainedEvent(MilitaryEvent event, Explanation explanation) {}
