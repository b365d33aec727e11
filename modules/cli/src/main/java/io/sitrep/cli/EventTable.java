package io.sitrep.cli;

import io.sitrep.model.Location;
import io.sitrep.model.MilitaryEvent;
import java.util.ArrayList;
import java.util.List;

/** Renders events as a plain-text table for a terminal: one row per event, the evidence cut short. */
final class EventTable {

  private static final String[] HEADERS = {"article", "type", "factuality", "agent", "counterparts", "where", "date",
      "killed/injured", "evidence"};
  private static final int EVIDENCE_WIDTH = 60;

  private EventTable() {}

  static String render(List<MilitaryEvent> events) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (MilitaryEvent e : events) {
      rows.add(new String[] {
          e.getArticleId(),
          e.getType() + (e.getPlatform() == null ? "" : " (" + e.getPlatform() + ")"),
          e.getFactuality().name(),
          e.getAgent(),
          String.join(",", e.getCounterparts()),
          where(e.getLocation()),
          e.getDate() + " " + e.getDatePrecision(),
          casualties(e),
          shorten(e.getEvidence().getText())});
    }
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < row.length; i++) {
        out.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
      }
      out.append('\n');
      if (r == 0) {
        int total = 0;
        for (int width : widths) {
          total += width + 2;
        }
        out.append("-".repeat(Math.min(total, 160))).append('\n');
      }
    }
    return out.toString();
  }

  private static String where(Location location) {
    List<String> parts = new ArrayList<>();
    if (location.getPlace() != null) {
      parts.add(location.getPlace());
    }
    if (location.getAdmin1() != null) {
      parts.add(location.getAdmin1());
    }
    parts.add(location.getCountry() == null ? "?" : location.getCountry());
    return String.join(", ", parts);
  }

  private static String casualties(MilitaryEvent e) {
    if (e.getKilled() == null && e.getInjured() == null) {
      return e.getCasualtiesUnspecified() ? "unspecified" : "-";
    }
    return (e.getKilled() == null ? "?" : e.getKilled().toString()) + "/"
        + (e.getInjured() == null ? "?" : e.getInjured().toString());
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EVIDENCE_WIDTH ? flat : flat.substring(0, EVIDENCE_WIDTH - 1) + "…";
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
