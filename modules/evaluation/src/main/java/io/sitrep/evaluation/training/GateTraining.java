package io.sitrep.evaluation.training;

import io.sitrep.evaluation.GoldArticle;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.gate.GateModel;
import io.sitrep.extraction.lexicon.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@code sitrep train}: the gate trained on labelled articles, its model file and its model card. The
 * model's version is a digest of its own content, so the same data and settings give the same file, byte for byte.
 */
public final class GateTraining {

  /** The model file's text and the model card's. */
  public record Output(GateModel model, String modelFile, String modelCard) {}

  private GateTraining() {}

  /**
   * Trains on the articles of the files; {@code crossValidation}, when not null, is the result to put in the card and
   * decides which languages the gate serves.
   */
  public static Output run(List<GoldArticle> articles, List<String> fileNames, GateTrainer trainer,
      CrossValidation.Result crossValidation, LocalDate today) {
    List<GateExamples> examples = GateExamples.of(articles, RuleBasedExtractor.rulesAlone());
    GateTrainer.TrainedGate draft = trainer.train(examples, "draft");
    // a language whose held-out publishers fared no better with the gate keeps every candidate: threshold 0
    Map<Language, Double> thresholds = new EnumMap<>(draft.model().thresholds());
    List<Language> ungated = new ArrayList<>();
    if (crossValidation != null) {
      for (Language language : Language.values()) {
        if (!crossValidation.gateHelps(language.code(), trainer.settings().beta())) {
          thresholds.put(language, 0.0);
          ungated.add(language);
        }
      }
    }
    GateModel model = new GateModel("draft", draft.model().dimensions(), draft.model().bias(), thresholds,
        draft.model().weights());
    String version = "gate-" + digest(text(model)).substring(0, 12);
    GateTrainer.TrainedGate trained = new GateTrainer.TrainedGate(
        new GateModel(version, model.dimensions(), model.bias(), thresholds, model.weights()),
        draft.thresholds(), draft.examples(), draft.right());
    String modelFile = text(trained.model());
    return new Output(trained.model(), modelFile,
        card(trained, ungated, articles, fileNames, trainer.settings(), crossValidation, today, modelFile));
  }

  private static String card(GateTrainer.TrainedGate gate, List<Language> ungated, List<GoldArticle> articles,
      List<String> fileNames,
      GateTrainer.Settings settings, CrossValidation.Result crossValidation, LocalDate today, String modelFile) {
    Map<String, Integer> byLanguage = new TreeMap<>();
    articles.forEach(a -> byLanguage.merge(a.language(), 1, Integer::sum));
    long publishers = articles.stream().map(GoldArticle::publisher).distinct().count();
    long weights = modelFile.lines().filter(line -> line.startsWith("weight\t")).count();
    StringBuilder out = new StringBuilder();
    out.append("# Precision gate: model card\n\n");
    out.append("`gate.tsv` beside this file is the model that `RuleBasedExtractor.standard()` loads. Written by\n");
    out.append("`sitrep train`; do not edit it by hand: retrain (docs/extraction.md says how).\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| version | `").append(gate.model().version()).append("` |\n");
    out.append("| trained | ").append(today).append(", rules ").append(RuleBasedExtractor.VERSION).append(" |\n");
    out.append("| model | L2-regularised logistic regression (liblinear, solver L2R_LR, C = ").append(settings.cost())
        .append("), ").append(gate.model().dimensions()).append(" hashed binary features, ").append(weights)
        .append(" non-zero weights |\n");
    out.append("| data | ").append(String.join(", ", fileNames)).append(": ").append(articles.size())
        .append(" articles (").append(byLanguage).append("), ").append(publishers).append(" publishers |\n");
    out.append("| examples | ").append(gate.examples()).append(" factual candidates of the rules, ").append(gate.right())
        .append(" of them right (they match a required labelled event; candidates matching optional events left out)"
            + " |\n");
    out.append("| seed | ").append(settings.seed()).append(" (inner folds by publisher: ").append(settings.folds())
        .append(") |\n\n");
    out.append("The training texts are copyrighted news excerpts used for training only: the model keeps hashed feature"
        + "\nindices and weights, not their words.\n\n");
    out.append("## Features\n\n");
    out.append("What the rules found (type, trigger phrase and voice, trigger weight, platform, agent, number of"
        + " counterparts,\nplace precision and rule, date precision, killed/injured/unspecified casualties, anaphoric"
        + " mention, merged\nmentions, rule confidence); the article (factual candidates in it, candidates of the same"
        + " type); position\n(sentence, line and paragraph index, share of the text, headline, terminated, inside or"
        + " next to a quotation,\nlength); cue words near the trigger and in the sentence (`lexicon/gate-cues.tsv`:"
        + " habitual, history, ordinal,\nnegation, generic, responsibility; from `cues.tsv`: reporting, today,"
        + " anaphor, launch, passive, casualties);\na year other than the publication's; hashed word stems, stem"
        + " pairs, and stems and character 4-grams within\nfour words of the trigger. Every non-text feature is also"
        + " joined to the language, so one model serves both.\n\n");
    out.append("## Thresholds (chosen on out-of-fold probabilities of the training data)\n\n");
    out.append("Rule: ").append(settings.thresholdRule()).append(".\n\n");
    out.append("| language | threshold | candidates | right | kept | precision (OOF) | recall of right (OOF) |"
        + " target precision reached | gated |\n|---|---|---|---|---|---|---|---|---|\n");
    for (GateTrainer.ThresholdChoice choice : gate.thresholds()) {
      out.append(String.format(Locale.ROOT, "| %s | %.3f | %d | %d | %d | %.3f | %.3f | %s | %s |%n",
          choice.language().code(), choice.threshold(), choice.candidates(), choice.right(), choice.kept(),
          choice.precision(), choice.recall(), choice.targetReached() ? "yes" : "no",
          ungated.contains(choice.language()) ? "no: threshold 0" : "yes"));
    }
    if (crossValidation != null) {
      out.append(String.format(Locale.ROOT, "%nA language is gated only where the gate raised the mean F%.1f of the"
          + " held-out folds below; not gated (threshold 0, every candidate kept): %s.%n", settings.beta(),
          ungated.isEmpty() ? "none" : ungated.stream().map(Language::code).toList()));
      out.append("\n## Cross-validation\n\n```\n").append(crossValidation.format()).append("```\n");
    } else {
      out.append("\nNo cross-validation was run with this training (`--cross-validate K`): every language is gated.\n");
    }
    out.append("\n## Use and limits\n\n");
    out.append("Decides, for each factual candidate of the rules, whether it is an event; the kept candidate carries"
        + " the\nprobability as its confidence. It cannot add an event the rules missed, nor correct a field. It was"
        + " trained on\nfew hundred candidates: expect it to move when retrained on more data, and measure every"
        + " retraining on\nheld-out publishers (`sitrep eval --cross-validate`).\n");
    return out.toString();
  }

  private static String text(GateModel model) {
    StringWriter out = new StringWriter();
    try {
      model.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String digest(String text) {
    try {
      // the version line is the only one that depends on the digest: leave it out
      String content = text.lines().filter(line -> !line.startsWith("version\t"))
          .collect(java.util.stream.Collectors.joining("\n"));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
