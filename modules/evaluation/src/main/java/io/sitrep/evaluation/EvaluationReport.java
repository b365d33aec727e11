package io.sitrep.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The scores of one evaluation run: overall, per language and per type, field accuracies, and the errors. */
public final class EvaluationReport {

  private final String extractorVersion;
  private final int articles;
  private final Score strict;
  private final Score lenient;
  private final Map<String, Score> strictByLanguage;
  private final Map<String, Score> lenientByLanguage;
  private final Map<String, Score> strictByType;
  private final Map<String, FieldAccuracy> fields;
  private final List<ScoredError> errors;
  private final int[] predictedByBin;
  private final int[] rightByBin;

  private EvaluationReport(Builder b) {
    this.extractorVersion = b.extractorVersion;
    this.articles = b.articles;
    this.strict = b.strict;
    this.lenient = b.lenient;
    this.strictByLanguage = Collections.unmodifiableMap(new TreeMap<>(b.strictByLanguage));
    this.lenientByLanguage = Collections.unmodifiableMap(new TreeMap<>(b.lenientByLanguage));
    this.strictByType = Collections.unmodifiableMap(new TreeMap<>(b.strictByType));
    this.fields = Collections.unmodifiableMap(new TreeMap<>(b.fields));
    this.errors = List.copyOf(b.errors);
    this.predictedByBin = b.predictedByBin.clone();
    this.rightByBin = b.rightByBin.clone();
  }

  public String getExtractorVersion() {
    return extractorVersion;
  }

  public int getArticles() {
    return articles;
  }

  /** Strict scores: the predicted type must be the gold type or one of its alt_types. */
  public Score getStrict() {
    return strict;
  }

  /** Lenient scores: the violent types count as one class. */
  public Score getLenient() {
    return lenient;
  }

  public Map<String, Score> getStrictByLanguage() {
    return strictByLanguage;
  }

  public Map<String, Score> getLenientByLanguage() {
    return lenientByLanguage;
  }

  /** Strict scores per type (true positives and misses by gold type, false positives by predicted type). */
  public Map<String, Score> getStrictByType() {
    return strictByType;
  }

  /** Accuracy of date, place, agent and killed over strictly matched required events. */
  public Map<String, FieldAccuracy> getFieldAccuracies() {
    return fields;
  }

  /** Strict false positives, misses, and matched events with a wrong field. */
  public List<ScoredError> getErrors() {
    return errors;
  }

  /** One bin of the reliability table: factual predictions whose confidence is in [from, to), and how many were right. */
  public record ReliabilityBin(double from, double to, int predicted, int right) {

    /** The share of the bin's predictions that were right, NaN for an empty bin. */
    public double precision() {
      return predicted == 0 ? Double.NaN : right / (double) predicted;
    }
  }

  /**
   * Confidence against observed strict precision, in bins of 0.1 (the last one closed): a calibrated extractor's
   * events are right about as often as their confidence says. Predictions matching optional events are left out.
   */
  public List<ReliabilityBin> getReliability() {
    List<ReliabilityBin> bins = new ArrayList<>();
    for (int b = 0; b < Builder.BINS; b++) {
      bins.add(new ReliabilityBin(b / (double) Builder.BINS, (b + 1) / (double) Builder.BINS, predictedByBin[b],
          rightByBin[b]));
    }
    return bins;
  }

  /** Strict scores of one language, zero when it has no articles. */
  public Score strict(String language) {
    return strictByLanguage.getOrDefault(language, Score.ZERO);
  }

  /** The report as a table, without the list of errors. */
  public String format() {
    return format(false);
  }

  /** The report as a table; with {@code details}, followed by every false positive and miss. */
  public String format(boolean details) {
    StringBuilder out = new StringBuilder();
    out.append("Evaluation of ").append(extractorVersion).append(" on ").append(articles).append(" articles\n\n");
    out.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %9s %7s %6s%n", "", "TP", "FP", "FN", "precision",
        "recall", "F1"));
    row(out, "strict", strict);
    row(out, "lenient (violent=1)", lenient);
    out.append('\n');
    strictByLanguage.forEach((language, score) -> row(out, "strict " + language, score));
    lenientByLanguage.forEach((language, score) -> row(out, "lenient " + language, score));
    out.append('\n');
    strictByType.forEach((type, score) -> row(out, type, score));
    out.append("\nfield accuracy over matched events\n");
    fields.forEach((field, accuracy) -> out.append(String.format(Locale.ROOT, "  %-8s %5.3f  (%d/%d)%n", field,
        accuracy.accuracy(), accuracy.correct(), accuracy.compared())));
    out.append("\nreliability: confidence against strict precision\n");
    for (ReliabilityBin bin : getReliability()) {
      if (bin.predicted() > 0) {
        out.append(String.format(Locale.ROOT, "  %.1f-%.1f  %4d events  precision %5.3f%n", bin.from(), bin.to(),
            bin.predicted(), bin.precision()));
      }
    }
    if (details) {
      out.append("\nerrors (strict): false positives, misses, matched events with wrong fields\n");
      for (ScoredError error : errors) {
        String kind = switch (error.kind()) {
          case FALSE_POSITIVE -> "FP";
          case MISS -> "MISS";
          case WRONG_FIELD -> "FIELD";
        };
        out.append(String.format(Locale.ROOT, "  %-5s %-14s %-3s %s%n      \"%s\"%n", kind, error.articleId(),
            error.language(), error.description(), error.evidence()));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Score s) {
    out.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %9.3f %7.3f %6.3f%n", label, s.truePositives(),
        s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
  }

  /** Accumulates counts while an evaluation runs. */
  static final class Builder {
    private final String extractorVersion;
    private final int articles;
    private Score strict = Score.ZERO;
    private Score lenient = Score.ZERO;
    private final Map<String, Score> strictByLanguage = new TreeMap<>();
    private final Map<String, Score> lenientByLanguage = new TreeMap<>();
    private final Map<String, Score> strictByType = new TreeMap<>();
    private final Map<String, FieldAccuracy> fields = new TreeMap<>();
    private final List<ScoredError> errors = new ArrayList<>();
    static final int BINS = 10;
    private final int[] predictedByBin = new int[BINS];
    private final int[] rightByBin = new int[BINS];

    Builder(String extractorVersion, int articles) {
      this.extractorVersion = extractorVersion;
      this.articles = articles;
    }

    void truePositive(boolean isLenient, String language, String type) {
      add(isLenient, language, type, new Score(1, 0, 0));
    }

    void falsePositive(boolean isLenient, String language, String type, ScoredError error) {
      add(isLenient, language, type, new Score(0, 1, 0));
      if (!isLenient) {
        errors.add(error);
      }
    }

    void miss(boolean isLenient, String language, String type, ScoredError error) {
      add(isLenient, language, type, new Score(0, 0, 1));
      if (!isLenient) {
        errors.add(error);
      }
    }

    void calibration(double confidence, boolean right) {
      int bin = Math.max(0, Math.min(BINS - 1, (int) (confidence * BINS)));
      predictedByBin[bin]++;
      rightByBin[bin] += right ? 1 : 0;
    }

    void wrongField(ScoredError error) {
      errors.add(error);
    }

    void field(String name, boolean right) {
      fields.merge(name, new FieldAccuracy(0, 0).add(right),
          (a, b) -> new FieldAccuracy(a.correct() + b.correct(), a.compared() + b.compared()));
    }

    private void add(boolean isLenient, String language, String type, Score score) {
      if (isLenient) {
        lenient = lenient.plus(score);
        lenientByLanguage.merge(language, score, Score::plus);
      } else {
        strict = strict.plus(score);
        strictByLanguage.merge(language, score, Score::plus);
        strictByType.merge(type, score, Score::plus);
      }
    }

    EvaluationReport build() {
      return new EvaluationReport(this);
    }
  }
}
