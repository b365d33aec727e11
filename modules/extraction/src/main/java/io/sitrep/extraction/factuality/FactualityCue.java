package io.sitrep.extraction.factuality;

import io.sitrep.model.Factuality;

/**
 * A word that makes an event non-factual, from {@code factuality.tsv}: the factuality it signals, where it must stand
 * relative to the trigger (before, after, either, anywhere earlier in the sentence for conditionals, or anywhere in the
 * sentence for marks of a sentence that states no act, like a photo caption), and how many tokens away it may be.
 */
public record FactualityCue(String source, String phrase, Factuality factuality, Scope scope, int window) {

  /** Where the cue governs. */
  public enum Scope { BEFORE, AFTER, BOTH, SENTENCE, VERB_BEFORE, ANYWHERE }
}
