package io.sitrep.cli;

import io.sitrep.evaluation.Evaluation;
import io.sitrep.evaluation.EvaluationReport;
import io.sitrep.evaluation.GoldArticle;
import io.sitrep.evaluation.training.CrossValidation;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.extraction.UnsupportedLanguageException;
import io.sitrep.extraction.gate.GateModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores the extractor against labelled articles. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run the extractor over labelled articles (JSON Lines with 'events') and print precision, recall",
        "and F1 (strict and lenient), per language and per type, the accuracy of date, place, agent and killed, and",
        "a reliability table of confidence against precision. Only FACTUAL events are scored. With",
        "--cross-validate K, train the gate on K-1 folds of publishers and measure it on the K-th, K times."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled JSON Lines files.")
  List<Path> goldFiles;

  @Option(names = "--details", description = "Also list every false positive and every miss with its evidence.")
  boolean details;

  @Option(names = "--rules-only", description = "Score the rules alone, without the precision gate.")
  boolean rulesOnly;

  @Option(names = "--gate", paramLabel = "FILE",
      description = "Score with this gate model (a gate.tsv written by 'sitrep train') instead of the bundled one.")
  Path gateFile;

  @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
      description = "Cross-validate the gate by publisher over the files in K folds instead of scoring the bundled one.")
  int crossValidate;

  @Mixin
  GateOptions gate;

  @Override
  public Integer call() {
    List<GoldArticle> articles = LabelledFiles.read(goldFiles);
    if (crossValidate > 0) {
      try {
        System.out.print(CrossValidation.run(articles, gate.trainer(), crossValidate, gate.seed).format());
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage()); // too few publishers for the folds
      }
      return 0;
    }
    RuleBasedExtractor extractor = rulesOnly ? RuleBasedExtractor.rulesAlone()
        : gateFile != null ? RuleBasedExtractor.withGate(readGate(gateFile)) : RuleBasedExtractor.standard();
    EvaluationReport report;
    try {
      report = Evaluation.run(articles, extractor.version(), a -> extractor.extract(a.article()));
    } catch (UnsupportedLanguageException e) {
      throw new UserError("a labelled article is in a language without rules: " + e.language());
    }
    System.out.print(report.format(details));
    return 0;
  }

  private static GateModel readGate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return GateModel.read(in, file.toString());
    } catch (IOException e) {
      throw new UserError("cannot read gate model " + file + ": " + e.getMessage());
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
  }
}
