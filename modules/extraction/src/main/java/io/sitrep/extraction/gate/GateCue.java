package io.sitrep.extraction.gate;

/** Classes of words that the precision gate weighs around a candidate event; listed per language in gate-cues.tsv. */
enum GateCue {
  /** repeated or ongoing acts: "continued to", "repeatedly", "تواصل". */
  HABITUAL,
  /** earlier times: "since", "ago", "last year", "منذ". */
  HISTORY,
  /** a count of acts: "the third", "latest", "الثالثة". */
  ORDINAL,
  /** no, not, without, لم، لا. */
  NEGATION,
  /** threats, capabilities, accusations and modal verbs: statements about acts in general. */
  GENERIC,
  /** a claim of an act: "claimed responsibility", "تبنى". */
  RESPONSIBILITY
}
