package io.sitrep.cli;

import io.sitrep.evaluation.training.GateTrainer;
import picocli.CommandLine.Option;

/** How the precision gate is trained, shared by {@code train} and {@code eval --cross-validate}. */
final class GateOptions {

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the folds by publisher (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--cost", defaultValue = "0.5",
      description = "liblinear's cost C: higher fits the training data more closely (default: ${DEFAULT-VALUE}).")
  double cost;

  @Option(names = "--beta", defaultValue = "0.5",
      description = "Thresholds maximise F-beta out of fold; below 1 precision weighs more (default: ${DEFAULT-VALUE}).")
  double beta;

  @Option(names = "--target-precision", defaultValue = "0",
      description = "Instead, the lowest threshold whose out-of-fold precision reaches this (0: none, the default).")
  double targetPrecision;

  @Option(names = "--inner-folds", defaultValue = "5",
      description = "Folds by publisher inside the training data for the thresholds (default: ${DEFAULT-VALUE}).")
  int innerFolds;

  GateTrainer trainer() {
    try {
      return new GateTrainer(new GateTrainer.Settings(seed, cost, innerFolds, beta, targetPrecision));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
