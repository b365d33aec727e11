package io.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The labelled JSON Lines files that {@code eval} and {@code train} read. */
final class LabelledFiles {

  private LabelledFiles() {}

  /** Refuses, with one line naming it, the first file that is not there. */
  static void requireExisting(List<Path> files) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file);
      }
    }
  }
}
