package io.sitrep.extraction.gate;

import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.lexicon.TsvResource;
import io.sitrep.extraction.lexicon.TsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A trained precision gate: a logistic regression over hashed candidate features, with a decision threshold per
 * language. Stored as a line-oriented text file (version, dimensions, bias, thresholds, then one line per non-zero
 * weight), written by {@code sitrep train}; its model card sits beside it.
 */
public record GateModel(String version, int dimensions, double bias, Map<Language, Double> thresholds,
    float[] weights) {

  /** The bundled model's classpath resource. */
  public static final String BUNDLED = "/io/sitrep/extraction/gate/gate.tsv";

  public GateModel {
    if (weights.length != dimensions + 1) {
      throw new IllegalArgumentException("a model of " + dimensions + " dimensions needs " + (dimensions + 1)
          + " weights (index 0 unused), not " + weights.length);
    }
    thresholds = Map.copyOf(thresholds);
  }

  /** The probability that a candidate with these features is a true factual event. */
  public double probability(FeatureVector features) {
    double score = bias;
    for (int index : features.indices()) {
      score += weights[index];
    }
    return 1.0 / (1.0 + Math.exp(-score));
  }

  /** The least probability at which a candidate of the language is kept. */
  public double threshold(Language language) {
    Double threshold = thresholds.get(language);
    if (threshold == null) {
      throw new IllegalStateException("gate model " + version + " has no threshold for " + language.code());
    }
    return threshold;
  }

  /** The model in its file form; reading it back gives an equal model. */
  public void write(Writer out) throws IOException {
    out.write("# Sitrep precision gate: logistic regression over hashed candidate features (see MODEL_CARD.md).\n");
    out.write("# Lines: version, dimensions, bias, one threshold per language, then 'weight<TAB>index<TAB>value'"
        + " for every non-zero weight.\n");
    out.write("version\t" + version + "\n");
    out.write("dimensions\t" + dimensions + "\n");
    out.write("bias\t" + number(bias) + "\n");
    for (Language language : Language.values()) {
      if (thresholds.containsKey(language)) {
        out.write("threshold\t" + language.code() + "\t" + number(thresholds.get(language)) + "\n");
      }
    }
    for (int i = 1; i < weights.length; i++) {
      if (weights[i] != 0) {
        out.write("weight\t" + i + "\t" + number(weights[i]) + "\n");
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static GateModel read(InputStream in, String name) {
    String version = null;
    int dimensions = -1;
    double bias = 0;
    Map<Language, Double> thresholds = new EnumMap<>(Language.class);
    float[] weights = null;
    for (TsvRow row : TsvResource.read(in, name)) {
      try {
        switch (row.field(0)) {
          case "version" -> version = row.field(1);
          case "dimensions" -> {
            dimensions = Integer.parseInt(row.field(1));
            weights = new float[dimensions + 1];
          }
          case "bias" -> bias = Double.parseDouble(row.field(1));
          case "threshold" -> thresholds.put(Language.of(row.field(1)).orElseThrow(
              () -> new IllegalArgumentException("unknown language " + row.field(1))),
              Double.parseDouble(row.field(2)));
          case "weight" -> {
            if (weights == null) {
              throw new IllegalArgumentException("a weight before the dimensions");
            }
            weights[Integer.parseInt(row.field(1))] = Float.parseFloat(row.field(2));
          }
          default -> throw new IllegalArgumentException("unknown key " + row.field(0));
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(row.source() + ": " + e.getMessage(), e);
      }
    }
    if (version == null || weights == null) {
      throw new IllegalStateException(name + ": not a gate model (no version or dimensions)");
    }
    return new GateModel(version, dimensions, bias, thresholds, weights);
  }

  /** The bundled model, read once per call: callers keep it. */
  public static GateModel bundled() {
    InputStream in = GateModel.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IllegalStateException("the bundled gate model " + BUNDLED + " is missing: run 'sitrep train'");
    }
    return read(in, BUNDLED);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
