package io.sitrep.extraction.quantities;

/** What a number in an event sentence counts. */
public enum CountKind {
  KILLED, INJURED, TARGETS, STRIKES, MUNITIONS
}
