package io.sitrep.evaluation.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.sitrep.evaluation.Evaluation;
import io.sitrep.extraction.gate.FeatureVector;
import io.sitrep.extraction.gate.GateModel;
import io.sitrep.extraction.gate.PrecisionGate;
import io.sitrep.extraction.lexicon.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the precision gate: an L2-regularised logistic regression (liblinear) over the rules' factual candidates,
 * labelled right when they match a required gold event and wrong when they match none (candidates matching optional
 * events teach nothing and are left out). Each language's threshold is chosen on out-of-fold probabilities (folds by
 * publisher inside the training data), by the rule of the {@link Settings}.
 * Deterministic: the same examples and settings give the same model.
 */
public final class GateTrainer {

  /**
   * How to train: the seed of the inner folds, liblinear's cost C, the inner folds, and how to choose thresholds:
   * the one that maximises F-beta ({@code beta} below 1 weighs precision more: a wrong event costs more than a missed
   * one), or, when {@code targetPrecision} is above 0, the lowest that reaches that precision (F-beta where none does).
   */
  public record Settings(long seed, double cost, int folds, double beta, double targetPrecision) {

    public Settings {
      if (cost <= 0) {
        throw new IllegalArgumentException("the cost C must be positive, not " + cost);
      }
      if (beta <= 0) {
        throw new IllegalArgumentException("beta must be positive, not " + beta);
      }
      if (targetPrecision < 0 || targetPrecision >= 1) {
        throw new IllegalArgumentException("the target precision must be 0 (none) or lie between 0 and 1, not "
            + targetPrecision);
      }
    }

    /** How thresholds are chosen, in words. */
    public String thresholdRule() {
      String fBeta = String.format(java.util.Locale.ROOT, "the threshold that maximises F%.1f", beta);
      return targetPrecision > 0 ? String.format(java.util.Locale.ROOT,
          "the lowest threshold whose precision reaches %.2f, else %s", targetPrecision, fBeta) : fBeta;
    }
  }

  /** How a threshold was chosen, for the model card. */
  public record ThresholdChoice(Language language, double threshold, int candidates, int right, int kept,
      int keptRight, boolean targetReached) {

    /** Out-of-fold precision of the candidates kept. */
    public double precision() {
      return kept == 0 ? Double.NaN : keptRight / (double) kept;
    }

    /** Out-of-fold share of the right candidates kept. */
    public double recall() {
      return right == 0 ? Double.NaN : keptRight / (double) right;
    }
  }

  /** A trained gate with how its thresholds were chosen. */
  public record TrainedGate(GateModel model, List<ThresholdChoice> thresholds, int examples, int right) {}

  private final Settings settings;

  public GateTrainer(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /** Trains a gate on the examples, stamped with {@code version}. */
  public TrainedGate train(List<GateExamples> articles, String version) {
    List<Labelled> labelled = labelled(articles);
    double[] weights = fit(labelled);
    double[] outOfFold = outOfFold(articles);
    Map<Language, Double> thresholds = new EnumMap<>(Language.class);
    List<ThresholdChoice> choices = new ArrayList<>();
    for (Language language : Language.values()) {
      ThresholdChoice choice = chooseThreshold(language, labelled, outOfFold);
      thresholds.put(language, choice.threshold());
      choices.add(choice);
    }
    int right = (int) labelled.stream().filter(Labelled::right).count();
    return new TrainedGate(toModel(version, weights, thresholds), choices, labelled.size(), right);
  }

  /** One candidate with its label, the fold-free view liblinear trains on. */
  private record Labelled(int article, Language language, FeatureVector features, boolean right) {}

  private static List<Labelled> labelled(List<GateExamples> articles) {
    List<Labelled> labelled = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      GateExamples article = articles.get(a);
      for (int c = 0; c < article.candidates().size(); c++) {
        Evaluation.Outcome outcome = article.outcomes().get(c);
        if (outcome != Evaluation.Outcome.OPTIONAL) {
          labelled.add(new Labelled(a, article.language(), article.candidates().get(c).features(),
              outcome == Evaluation.Outcome.RIGHT));
        }
      }
    }
    return labelled;
  }

  /** Probabilities for every labelled candidate from models that did not see its publisher. */
  private double[] outOfFold(List<GateExamples> articles) {
    int[] fold = PublisherFolds.assign(articles.stream().map(GateExamples::article).toList(), settings.folds(),
        settings.seed());
    List<Labelled> labelled = labelled(articles);
    double[] probabilities = new double[labelled.size()];
    for (int f = 0; f < settings.folds(); f++) {
      List<Labelled> training = new ArrayList<>();
      for (Labelled example : labelled) {
        if (fold[example.article()] != f) {
          training.add(example);
        }
      }
      GateModel model = toModel("fold", fit(training), Map.of());
      for (int i = 0; i < labelled.size(); i++) {
        if (fold[labelled.get(i).article()] == f) {
          probabilities[i] = model.probability(labelled.get(i).features());
        }
      }
    }
    return probabilities;
  }

  private ThresholdChoice chooseThreshold(Language language, List<Labelled> labelled, double[] probabilities) {
    List<Integer> order = new ArrayList<>();
    int right = 0;
    for (int i = 0; i < labelled.size(); i++) {
      if (labelled.get(i).language() == language) {
        order.add(i);
        right += labelled.get(i).right() ? 1 : 0;
      }
    }
    if (order.isEmpty() || right == 0) {
      // nothing to learn from for the language: keep what the rules read
      return new ThresholdChoice(language, 0.0, order.size(), right, order.size(), 0, false);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -probabilities[i]));
    // walk down the ranking, cutting only between distinct probabilities
    double beta2 = settings.beta() * settings.beta();
    int kept = 0;
    int keptRight = 0;
    int deepestReaching = -1;
    int deepestReachingRight = 0;
    int best = 0;
    int bestRight = 0;
    double bestF = -1;
    for (int k = 0; k < order.size(); k++) {
      kept++;
      keptRight += labelled.get(order.get(k)).right() ? 1 : 0;
      boolean cutHere = k + 1 == order.size() || probabilities[order.get(k + 1)] < probabilities[order.get(k)];
      if (!cutHere) {
        continue;
      }
      double precision = keptRight / (double) kept;
      double recall = keptRight / (double) right;
      double f = precision + recall == 0 ? 0 : (1 + beta2) * precision * recall / (beta2 * precision + recall);
      if (settings.targetPrecision() > 0 && precision >= settings.targetPrecision()) {
        deepestReaching = k;
        deepestReachingRight = keptRight;
      }
      if (f > bestF) {
        bestF = f;
        best = k;
        bestRight = keptRight;
      }
    }
    boolean reached = deepestReaching >= 0;
    int cut = reached ? deepestReaching : best;
    return new ThresholdChoice(language, probabilities[order.get(cut)], order.size(), right, cut + 1,
        reached ? deepestReachingRight : bestRight, reached);
  }

  /** liblinear's weights for the features, with the bias (a constant feature) last. */
  private double[] fit(List<Labelled> examples) {
    int bias = PrecisionGate.DIMENSIONS + 1;
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = bias;
    problem.bias = -1;
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      int[] indices = examples.get(i).features().indices();
      Feature[] row = new Feature[indices.length + 1];
      for (int j = 0; j < indices.length; j++) {
        row[j] = new FeatureNode(indices[j], 1.0);
      }
      row[indices.length] = new FeatureNode(bias, 1.0);
      problem.x[i] = row;
      problem.y[i] = examples.get(i).right() ? 1 : 0;
    }
    Linear.disableDebugOutput();
    Linear.resetRandom();
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, settings.cost(), 0.001));
    double[] weights = model.getFeatureWeights();
    // liblinear's weights favour its first label: turn them to favour "right"
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    double[] result = new double[bias + 1];
    for (int i = 0; i < weights.length; i++) {
      result[i + 1] = sign * weights[i];
    }
    return result;
  }

  private static GateModel toModel(String version, double[] weights, Map<Language, Double> thresholds) {
    int dimensions = PrecisionGate.DIMENSIONS;
    float[] model = new float[dimensions + 1];
    for (int i = 1; i <= dimensions; i++) {
      model[i] = (float) weights[i];
    }
    return new GateModel(version, dimensions, weights[dimensions + 1], thresholds, model);
  }
}
