package io.sitrep.extraction;

/**
 * Where each field of an event came from: the lexicon entry (file:line) and words of the trigger, the actor alias and
 * rule of the agent, the gazetteer row and rule of the place, the date expression and rule, the factuality cue, and
 * the precision gate's probability against its threshold.
 */
public record Explanation(String trigger, String agent, String place, String date, String factuality, String gate) {}
