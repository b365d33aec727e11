package io.sitrep.extraction.quantities;

import io.sitrep.model.CountQualifier;

/** A number read from a sentence: what it counts, its value and qualifier, and its tokens [start, end). */
public record Count(CountKind kind, int value, CountQualifier qualifier, int start, int end) {}
