package io.sitrep.extraction.places;

import java.util.List;

/**
 * A place name found in a sentence over tokens [start, end): the gazetteer entries it may denote (more than one when
 * the name is ambiguous), whether a locative word or construction introduces it, whether it follows "from"/"من"
 * (an origin) or "about"/"بشأن" (a topic), whether it also names an actor, and whether it is a possessive
 * ("Yemen's capital", "Russia's strikes"), which stays an actor too, and whether it stands in the sentence's dateline
 * ("BAGHDAD (Reuters) -"), where the report was filed: a place of last resort.
 */
public record PlaceMention(List<GazetteerEntry> entries, int start, int end, boolean locative, boolean origin,
    boolean topic, boolean alsoActor, boolean possessive, boolean dateline) {

  /** The most precise entry, preferring one in {@code countryHint} when the name is ambiguous. */
  public GazetteerEntry best(String countryHint) {
    GazetteerEntry best = null;
    for (GazetteerEntry entry : entries) {
      if (best == null || better(entry, best, countryHint)) {
        best = entry;
      }
    }
    return best;
  }

  private static boolean better(GazetteerEntry candidate, GazetteerEntry current, String countryHint) {
    boolean candidateHinted = candidate.country().equals(countryHint);
    boolean currentHinted = current.country().equals(countryHint);
    if (candidateHinted != currentHinted) {
      return candidateHinted;
    }
    return candidate.kind().ordinal() > current.kind().ordinal();
  }

  /** Whether the name stands for a location here: introduced as one, or a plain place name that is no actor. */
  public boolean usable() {
    return !dateline && (locative || topic || !alsoActor && !origin && !everyEntryNeedsContext());
  }

  boolean everyEntryNeedsContext() {
    for (GazetteerEntry entry : entries) {
      if (!entry.needsContext()) {
        return false;
      }
    }
    return true;
  }
}
