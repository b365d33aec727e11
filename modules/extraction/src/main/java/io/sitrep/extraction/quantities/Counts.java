package io.sitrep.extraction.quantities;

import java.util.List;
import java.util.Optional;

/** The counts stated in one sentence, and whether casualties are mentioned without a number. */
public record Counts(List<Count> counts, boolean casualtiesUnspecified) {

  public static final Counts NONE = new Counts(List.of(), false);

  /** The first count of a kind. */
  public Optional<Count> first(CountKind kind) {
    for (Count count : counts) {
      if (count.kind() == kind) {
        return Optional.of(count);
      }
    }
    return Optional.empty();
  }
}
