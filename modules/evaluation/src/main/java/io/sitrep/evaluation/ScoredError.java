package io.sitrep.evaluation;

/**
 * A false positive, a miss or a matched event with a wrong field, for the detailed report: the article, what kind of
 * error, the event, its evidence.
 */
public record ScoredError(Kind kind, String articleId, String language, String description, String evidence) {

  /** A prediction without gold, gold without prediction, or a match with a wrong date, place, agent or toll. */
  public enum Kind { FALSE_POSITIVE, MISS, WRONG_FIELD }
}
