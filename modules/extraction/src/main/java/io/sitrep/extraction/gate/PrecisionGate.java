package io.sitrep.extraction.gate;

import io.sitrep.extraction.events.EventCandidate;
import io.sitrep.extraction.lexicon.Language;
import io.sitrep.extraction.text.TextNormalizer;
import io.sitrep.extraction.text.Tokenizer;
import io.sitrep.model.Factuality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which of the rules' factual candidates are events: a learned model scores each from its features, and a
 * candidate below its language's threshold is dropped; a kept one carries the model's probability as its confidence.
 * Candidates that are not factual (planned, hypothetical, negated) pass as the rules read them. Without a model the
 * gate keeps everything: the rules alone, as {@code sitrep train} needs them.
 */
public final class PrecisionGate {

  /** Buckets of the feature hash when no model fixes them (for training). */
  public static final int DIMENSIONS = 1 << 18;

  private final CandidateFeatures features;
  private final GateModel model;

  private PrecisionGate(CandidateFeatures features, GateModel model) {
    this.features = features;
    this.model = model;
  }

  /** A gate that applies the model. */
  public static PrecisionGate of(GateModel model, TextNormalizer normalizer, Tokenizer tokenizer) {
    return new PrecisionGate(new CandidateFeatures(model.dimensions(), normalizer, tokenizer), model);
  }

  /** A gate that keeps every candidate and leaves its confidence: the rules alone. */
  public static PrecisionGate open(TextNormalizer normalizer, Tokenizer tokenizer) {
    return new PrecisionGate(new CandidateFeatures(DIMENSIONS, normalizer, tokenizer), null);
  }

  /** The model's version, or "none" for the open gate. */
  public String version() {
    return model == null ? "none" : model.version();
  }

  /** One candidate with its features and, for a factual one under a model, its probability (NaN otherwise). */
  public record Decision(EventCandidate candidate, FeatureVector features, double probability, double threshold,
      boolean kept) {

    /** How the gate decided, for explanations. */
    public String explanation() {
      if (Double.isNaN(probability)) {
        return candidate.factuality() == Factuality.FACTUAL ? "no gate model: kept" : "not factual: not gated";
      }
      return String.format(java.util.Locale.ROOT, "p=%.2f %s threshold %.2f", probability,
          kept ? ">=" : "<", threshold);
    }
  }

  /**
   * The gate's decision on every candidate of an article, in order. Features are computed only where a model
   * scores them, or for every factual candidate when {@code withFeatures} asks (to train on them).
   */
  public List<Decision> decide(List<EventCandidate> candidates, String text, Language language, LocalDate published,
      boolean withFeatures) {
    List<Decision> decisions = new ArrayList<>(candidates.size());
    if (model == null && !withFeatures) {
      for (EventCandidate candidate : candidates) {
        decisions.add(new Decision(candidate, null, Double.NaN, Double.NaN, true));
      }
      return decisions;
    }
    CandidateFeatures.ArticleContext article = new CandidateFeatures.ArticleContext(new ArticleLayout(text), language,
        published.getYear(), candidates);
    for (EventCandidate candidate : candidates) {
      boolean scored = candidate.factuality() == Factuality.FACTUAL && (model != null || withFeatures);
      FeatureVector vector = scored ? features.features(candidate, article) : null;
      if (vector == null || model == null) {
        decisions.add(new Decision(candidate, vector, Double.NaN, Double.NaN, true));
      } else {
        double probability = model.probability(vector);
        double threshold = model.threshold(language);
        decisions.add(new Decision(candidate, vector, probability, threshold, probability >= threshold));
      }
    }
    return decisions;
  }
}
