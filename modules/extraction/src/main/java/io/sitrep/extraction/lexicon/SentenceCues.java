package io.sitrep.extraction.lexicon;

import io.sitrep.extraction.text.PhraseMatch;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cue words found in one sentence, looked up by class and token position. */
public final class SentenceCues {

  private final Map<CueClass, boolean[]> starts = new EnumMap<>(CueClass.class);
  private final List<PhraseMatch<CueClass>> matches;

  public SentenceCues(List<PhraseMatch<CueClass>> matches, int tokenCount) {
    this.matches = List.copyOf(matches);
    for (PhraseMatch<CueClass> match : matches) {
      boolean[] marks = starts.computeIfAbsent(match.value(), c -> new boolean[tokenCount]);
      for (int i = match.start(); i < match.end(); i++) {
        marks[i] = true;
      }
    }
  }

  /** Whether the token at {@code index} is part of a cue of the class. */
  public boolean at(CueClass cueClass, int index) {
    boolean[] marks = starts.get(cueClass);
    return marks != null && index >= 0 && index < marks.length && marks[index];
  }

  /** Whether a cue of the class covers any token in [from, to). */
  public boolean anyIn(CueClass cueClass, int from, int to) {
    boolean[] marks = starts.get(cueClass);
    if (marks == null) {
      return false;
    }
    for (int i = Math.max(0, from); i < Math.min(to, marks.length); i++) {
      if (marks[i]) {
        return true;
      }
    }
    return false;
  }

  /** The cue matches of a class. */
  public List<PhraseMatch<CueClass>> of(CueClass cueClass) {
    return matches.stream().filter(m -> m.value() == cueClass).toList();
  }
}
