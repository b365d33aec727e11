package io.sitrep.cli;

import io.sitrep.evaluation.GoldArticle;
import io.sitrep.evaluation.training.CrossValidation;
import io.sitrep.evaluation.training.GateTraining;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains the precision gate on labelled articles and writes the model and its model card. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train the precision gate on labelled articles (JSON Lines with 'events') and write gate.tsv and",
        "MODEL_CARD.md. The same files and options give the same model, byte for byte."})
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Labelled JSON Lines files to train on (never the validation files).")
  List<Path> goldFiles;

  @Option(names = "--output", paramLabel = "DIR",
      defaultValue = "modules/extraction/src/main/resources/io/sitrep/extraction/gate",
      description = "Where to write gate.tsv and MODEL_CARD.md (default: ${DEFAULT-VALUE}, the bundled model).")
  Path output;

  @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
      description = "Also run K-fold cross-validation by publisher on the same files and put it in the model card.")
  int crossValidate;

  @Mixin
  GateOptions gate;

  @Override
  public Integer call() {
    List<GoldArticle> articles = LabelledFiles.read(goldFiles);
    List<String> names = goldFiles.stream().map(file -> file.getFileName().toString()).toList();
    GateTraining.Output trained;
    CrossValidation.Result crossValidation;
    try {
      crossValidation = crossValidate > 0 ? CrossValidation.run(articles, gate.trainer(), crossValidate, gate.seed)
          : null;
      trained = GateTraining.run(articles, names, gate.trainer(), crossValidation, LocalDate.now());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage()); // too few publishers for the folds, a language without rules
    }
    try {
      Files.createDirectories(output);
      Files.writeString(output.resolve("gate.tsv"), trained.modelFile(), StandardCharsets.UTF_8);
      Files.writeString(output.resolve("MODEL_CARD.md"), trained.modelCard(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write the model to " + output + ": " + e);
    }
    System.out.println("wrote " + output.resolve("gate.tsv") + " (" + trained.model().version() + ") and "
        + output.resolve("MODEL_CARD.md"));
    if (crossValidation != null) {
      System.out.print(crossValidation.format());
    }
    return 0;
  }
}
