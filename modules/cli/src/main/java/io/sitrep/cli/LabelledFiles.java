package io.sitrep.cli;

import io.sitrep.evaluation.GoldArticle;
import io.sitrep.evaluation.GoldReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The labelled JSON Lines files that {@code eval} and {@code train} read. */
final class LabelledFiles {

  private LabelledFiles() {}

  /** The labelled articles of the files; a missing file or a bad line is one line naming it. */
  static List<GoldArticle> read(List<Path> files) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file);
      }
    }
    try {
      return new GoldReader().read(files);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UserError(e.getMessage() + ": " + e.getCause().getMessage());
    }
  }
}
