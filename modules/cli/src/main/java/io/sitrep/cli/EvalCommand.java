package io.sitrep.cli;

import io.sitrep.evaluation.Evaluation;
import io.sitrep.evaluation.EvaluationReport;
import io.sitrep.extraction.RuleBasedExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores the extractor against labelled articles. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run the extractor over labelled articles (JSON Lines with 'events') and print precision, recall",
        "and F1 (strict and lenient), per language and per type, and the accuracy of date, place, agent and killed."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE", description = "Labelled JSON Lines files.")
  List<Path> goldFiles;

  @Option(names = "--details", description = "Also list every false positive and every miss with its evidence.")
  boolean details;

  @Override
  public Integer call() {
    for (Path file : goldFiles) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file);
      }
    }
    EvaluationReport report = Evaluation.run(goldFiles, RuleBasedExtractor.standard());
    System.out.print(report.format(details));
    return 0;
  }
}
