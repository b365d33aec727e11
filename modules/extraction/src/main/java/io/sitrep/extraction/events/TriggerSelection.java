package io.sitrep.extraction.events;

import io.sitrep.extraction.lexicon.CueClass;
import io.sitrep.extraction.lexicon.SentenceCues;
import io.sitrep.extraction.lexicon.Trigger;
import io.sitrep.extraction.places.PlaceMention;
import io.sitrep.extraction.text.PhraseMatch;
import io.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The trigger stage of reading a sentence: which of the lexicon's matches state an event of their own. Stop phrases
 * do not; nor does a trigger that refers back ("this attack", "هذا الاتفاق"), one without the context its entry
 * requires (forces for "deployed", a security topic for "agreement"), or an agreement whose content is the truce
 * named right after it ("agreed to a truce": one event, the ceasefire).
 */
final class TriggerSelection {

  /** How far from a trigger its required context may stand, in tokens. */
  private static final int CONTEXT_WINDOW = 8;

  private TriggerSelection() {}

  /** The triggers that state events; {@code places} is asked only when a trigger requires a place as its object. */
  static List<PhraseMatch<Trigger>> select(List<PhraseMatch<Trigger>> matches, SentenceCues cues, int tokenCount,
      Supplier<List<PlaceMention>> places) {
    List<PhraseMatch<Trigger>> kept = new ArrayList<>();
    for (PhraseMatch<Trigger> match : matches) {
      if (!match.value().isStopPhrase() && !refersBack(cues, match)
          && !lacksRequiredContext(cues, tokenCount, places, match)) {
        kept.add(match);
      }
    }
    // "agreed to a truce", "اتفقا على وقف إطلاق النار": what was agreed is the ceasefire, one event
    kept.removeIf(m -> m.value().type() == EventType.AGREEMENT && m.value().voice() == Trigger.Voice.ACTIVE
        && kept.stream().anyMatch(c -> c.value().type() == EventType.CEASEFIRE && c.start() >= m.end()
            && c.start() - m.end() <= 6));
    return kept;
  }

  private static boolean refersBack(SentenceCues cues, PhraseMatch<Trigger> match) {
    // "this attack", "this outrageous attack", "هذا الاتفاق"
    return cues.at(CueClass.ANAPHOR, match.start() - 1) || cues.at(CueClass.ANAPHOR, match.start() - 2)
        && !cues.at(CueClass.ANAPHOR, match.start() - 1);
  }

  private static boolean lacksRequiredContext(SentenceCues cues, int tokenCount, Supplier<List<PlaceMention>> places,
      PhraseMatch<Trigger> match) {
    CueClass required = match.value().requires();
    if (required == null) {
      return false;
    }
    if (required == CueClass.WITHDRAWAL_TOPIC || required == CueClass.SECURITY_TOPIC) {
      return !cues.anyIn(required, 0, tokenCount);
    }
    if (required == CueClass.PLACE_NOUN && places.get().stream().anyMatch(p -> p.usable() && !p.locative()
        && p.start() >= match.end() && p.start() - match.end() <= 4)) {
      return false; // "captured Kunduz", "seize control of X": the place is the object
    }
    return !cues.anyIn(required, match.start() - CONTEXT_WINDOW, match.end() + CONTEXT_WINDOW);
  }
}
