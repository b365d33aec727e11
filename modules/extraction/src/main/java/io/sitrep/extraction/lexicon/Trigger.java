package io.sitrep.extraction.lexicon;

import io.sitrep.model.EventType;
import io.sitrep.model.Platform;

/**
 * One lexicon entry: a phrase that signals an event type. {@code voice} tells how the agent relates to it,
 * {@code requires} names a cue class that must occur in the same clause (e.g. forces for "deployed"), {@code weight}
 * is how reliably the phrase alone signals the type.
 */
public record Trigger(String source, String phrase, EventType type, Platform platform, Voice voice,
    CueClass requires, double weight) {

  /** Whether the entry is a stop phrase (type NONE): it only keeps its words from matching as a shorter trigger. */
  public boolean isStopPhrase() {
    return type == null;
  }

  /** How the trigger's agent is expressed. */
  public enum Voice {
    /** a verb whose subject is the agent: "shelled", "شنت". */
    ACTIVE,
    /** a verb whose subject is the target or victim: "were struck", "تعرضت". */
    PASSIVE,
    /** a noun: the agent is a modifier ("US airstrikes", "غارات أمريكية") or follows "by"/"من قبل". */
    NOUN
  }
}
