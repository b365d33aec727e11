package io.sitrep.bench.load;

import java.util.Arrays;

/** Order statistics of latencies, in milliseconds, by the nearest-rank method. */
public record Percentiles(int count, long p50, long p95, long p99, long max) {

  static Percentiles of(long[] latenciesMillis) {
    if (latenciesMillis.length == 0) {
      return new Percentiles(0, 0, 0, 0, 0);
    }
    long[] sorted = latenciesMillis.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  private static long rank(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
