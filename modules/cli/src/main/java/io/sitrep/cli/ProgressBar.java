package io.sitrep.cli;

import java.io.PrintStream;

/** A one-line progress display for a terminal, redrawn in place at most ten times a second. */
final class ProgressBar {

  private static final int WIDTH = 30;
  private final PrintStream out;
  private long lastDrawNanos;

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  void update(long done, long total, String unit) {
    long now = System.nanoTime();
    if (now - lastDrawNanos < 100_000_000L && done != total) {
      return;
    }
    lastDrawNanos = now;
    if (total > 0) {
      int filled = (int) (WIDTH * Math.min(done, total) / total);
      out.printf("\r[%s%s] %d/%d %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, unit);
    } else {
      out.printf("\r%d %s", done, unit);
    }
    out.flush();
  }

  void finish() {
    out.println();
  }
}
