package io.sitrep.extraction.lexicon;

import java.util.List;

/** One data row of a bundled TSV file, with where it came from so that an explanation can cite it. */
public record TsvRow(String file, int line, List<String> fields) {

  /** The field at {@code index}, or "" when the row is shorter. */
  public String field(int index) {
    return index < fields.size() ? fields.get(index).strip() : "";
  }

  /** The alternatives of a field separated by "|", blanks dropped. */
  public List<String> alternatives(int index) {
    String value = field(index);
    if (value.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** "file:line", how an explanation names this row. */
  public String source() {
    return file + ":" + line;
  }
}
