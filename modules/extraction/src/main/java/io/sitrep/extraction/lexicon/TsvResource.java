package io.sitrep.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated file (a bundled resource or a stream): "#" lines are comments, blank lines are skipped. */
public final class TsvResource {

  private TsvResource() {}

  /** The rows of a classpath resource, or none when it is absent (a gazetteer file not written yet). */
  public static List<TsvRow> read(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    return read(in, resource.substring(resource.lastIndexOf('/') + 1));
  }

  /** The rows of a tab-separated stream, which it closes; {@code name} is how rows cite where they came from. */
  public static List<TsvRow> read(InputStream in, String name) {
    List<TsvRow> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new TsvRow(name, number, List.of(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }
}
