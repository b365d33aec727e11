package io.sitrep.ops.lag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link LagReport} as a fixed-width text table for a terminal, one row per group-partition. */
public final class LagTable {

  private static final String[] HEADER = {
      "GROUP", "STATUS", "TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "LAG_S", "COMMIT_AGE_S", "PARTITION_STATUS"};

  /** The table, with a header line; a group without partitions gets one row showing its status. */
  public String render(LagReport report) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (LagReport.GroupLag group : report.groups()) {
      if (group.partitions().isEmpty()) {
        rows.add(new String[] {group.group(), group.status().name(), "-", "-", "-", "-", "-", "-", "-", "-"});
      }
      for (LagReport.PartitionLag p : group.partitions()) {
        // "~" marks an age estimated because the record was already deleted.
        String lagSeconds = (p.lagSecondsEstimated() ? "~" : "") + seconds(p.lagSeconds());
        rows.add(new String[] {group.group(), group.status().name(), p.topic(), Integer.toString(p.partition()),
            Long.toString(p.committedOffset()), Long.toString(p.logEndOffset()), Long.toString(p.lag()), lagSeconds,
            seconds(p.commitAgeSeconds()), p.status().name()});
      }
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i]));
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }
}
