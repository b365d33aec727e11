package io.sitrep.bench.load;

import java.util.Arrays;

/** Latencies of the events of one measurement phase: those whose article id starts with the phase's prefix. */
final class LatencyRecorder {

  private final String articleIdPrefix;
  private long[] latencies = new long[1024];
  private int count;

  LatencyRecorder(String articleIdPrefix) {
    this.articleIdPrefix = articleIdPrefix;
  }

  synchronized void offer(String articleId, long latencyMillis) {
    if (!articleId.startsWith(articleIdPrefix)) {
      return;
    }
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = latencyMillis;
  }

  synchronized Percentiles percentiles() {
    return Percentiles.of(Arrays.copyOf(latencies, count));
  }
}
