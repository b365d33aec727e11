package io.sitrep.extraction.lexicon;

import io.sitrep.model.EventType;

/** The violent event types of the spec: the one list that rules, merging, scoring and clustering share. */
public final class ViolentTypes {

  private ViolentTypes() {}

  /** Whether a type is one of AIRSTRIKE, SHELLING, ARMED_CLASH, BOMBING, GROUND_ASSAULT and ATTACK. */
  public static boolean includes(EventType type) {
    return switch (type) {
      case AIRSTRIKE, SHELLING, ARMED_CLASH, BOMBING, GROUND_ASSAULT, ATTACK -> true;
      default -> false;
    };
  }
}
