package io.sitrep.evaluation;

/** True positives, false positives and false negatives, with precision, recall and F1 derived from them. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Precision; 1 when nothing was predicted. */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** Recall; 1 when nothing was to be found. */
  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
