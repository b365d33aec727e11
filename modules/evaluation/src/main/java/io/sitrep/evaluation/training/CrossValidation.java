package io.sitrep.evaluation.training;

import io.sitrep.evaluation.Evaluation;
import io.sitrep.evaluation.EvaluationReport;
import io.sitrep.evaluation.GoldArticle;
import io.sitrep.evaluation.Score;
import io.sitrep.extraction.RuleBasedExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * K-fold cross-validation by publisher: for each fold, a gate trained on the other folds' articles (with its own
 * inner folds for the thresholds) is measured on the fold's articles, beside the rules alone on the same articles.
 * The spread over folds says how much the scores of one held-out set may move.
 */
public final class CrossValidation {

  /** The scores of one fold: the rules alone and the gated extractor on the same held-out articles. */
  public record Fold(int index, int articles, int publishers, EvaluationReport rules, EvaluationReport gated) {}

  /** The folds of one run. */
  public record Result(List<Fold> folds, long seed, GateTrainer.Settings settings) {

    /** Per fold and language, then the mean and standard deviation over the folds that hold the language. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%d-fold cross-validation by publisher (seed %d; gate: C=%s, %d inner"
          + " folds, %s)%n%n", folds.size(), seed, settings.cost(), settings.folds(), settings.thresholdRule()));
      out.append(String.format(Locale.ROOT, "%-5s %-4s %9s %10s %5s   %-20s   %-20s%n", "fold", "lang", "articles",
          "publishers", "gold", "rules  P / R / F1", "gated  P / R / F1"));
      TreeSet<String> languages = new TreeSet<>();
      for (Fold fold : folds) {
        languages.addAll(fold.gated().getStrictByLanguage().keySet());
      }
      for (Fold fold : folds) {
        for (String language : languages) {
          Score gold = fold.gated().strict(language);
          if (gold.truePositives() + gold.falseNegatives() == 0) {
            continue;
          }
          out.append(String.format(Locale.ROOT, "%-5d %-4s %9d %10d %5d   %s   %s%n", fold.index(), language,
              fold.articles(), fold.publishers(), gold.truePositives() + gold.falseNegatives(),
              triple(fold.rules().strict(language)), triple(fold.gated().strict(language))));
        }
      }
      out.append('\n');
      for (String language : languages) {
        List<Score> rules = new ArrayList<>();
        List<Score> gated = new ArrayList<>();
        for (Fold fold : folds) {
          Score gold = fold.gated().strict(language);
          if (gold.truePositives() + gold.falseNegatives() > 0) {
            rules.add(fold.rules().strict(language));
            gated.add(fold.gated().strict(language));
          }
        }
        out.append(String.format(Locale.ROOT, "%s over %d folds, mean ± sd: rules P %s R %s F1 %s | gated P %s R %s"
            + " F1 %s%n", language, gated.size(), spread(rules, Score::precision), spread(rules, Score::recall),
            spread(rules, Score::f1), spread(gated, Score::precision), spread(gated, Score::recall),
            spread(gated, Score::f1)));
      }
      return out.toString();
    }

    /**
     * Whether the gate raised the mean F-beta over the folds that hold the language (with precision weighing as
     * {@code beta} says): where it did not, the rules alone serve that language better.
     */
    public boolean gateHelps(String language, double beta) {
      double rules = 0;
      double gated = 0;
      for (Fold fold : folds) {
        Score gold = fold.gated().strict(language);
        if (gold.truePositives() + gold.falseNegatives() > 0) {
          rules += fBeta(fold.rules().strict(language), beta);
          gated += fBeta(fold.gated().strict(language), beta);
        }
      }
      return gated > rules;
    }

    private static double fBeta(Score s, double beta) {
      double p = s.precision();
      double r = s.recall();
      double b2 = beta * beta;
      return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    private static String triple(Score s) {
      return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }

    private static String spread(List<Score> scores, ToDoubleFunction<Score> metric) {
      double mean = scores.stream().mapToDouble(metric).average().orElse(Double.NaN);
      double variance = scores.stream().mapToDouble(s -> Math.pow(metric.applyAsDouble(s) - mean, 2)).sum()
          / Math.max(1, scores.size() - 1);
      return String.format(Locale.ROOT, "%.3f ± %.3f", mean, Math.sqrt(variance));
    }
  }

  private CrossValidation() {}

  /** Runs {@code folds}-fold cross-validation over the articles. */
  public static Result run(List<GoldArticle> articles, GateTrainer trainer, int folds, long seed) {
    RuleBasedExtractor rules = RuleBasedExtractor.rulesAlone();
    List<GateExamples> examples = GateExamples.of(articles, rules);
    int[] fold = PublisherFolds.assign(articles, folds, seed);
    List<Fold> results = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<GateExamples> training = new ArrayList<>();
      List<GoldArticle> heldOut = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (fold[i] == f) {
          heldOut.add(articles.get(i));
        } else {
          training.add(examples.get(i));
        }
      }
      GateTrainer.TrainedGate gate = trainer.train(training, "fold-" + f);
      RuleBasedExtractor gated = RuleBasedExtractor.withGate(gate.model());
      EvaluationReport rulesReport = Evaluation.run(heldOut, rules.version(), a -> rules.extract(a.article()));
      EvaluationReport gatedReport = Evaluation.run(heldOut, gated.version(), a -> gated.extract(a.article()));
      int publishers = (int) heldOut.stream().map(GoldArticle::publisher).distinct().count();
      results.add(new Fold(f, heldOut.size(), publishers, rulesReport, gatedReport));
    }
    return new Result(results, seed, trainer.settings());
  }
}
