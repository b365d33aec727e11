package io.sitrep.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled tab-separated resource: "#" lines are comments, blank lines are skipped. */
public final class TsvResource {

  private TsvResource() {}

  /** The rows of a classpath resource, or none when it is absent (a gazetteer file not written yet). */
  public static List<TsvRow> read(String resource) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    List<TsvRow> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new TsvRow(file, number, List.of(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    return rows;
  }
}
