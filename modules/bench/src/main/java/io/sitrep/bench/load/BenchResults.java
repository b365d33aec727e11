package io.sitrep.bench.load;

import java.util.List;

/** Everything one bench run measured. */
public record BenchResults(Machine machine, BenchPlan plan, SubjectRun baseline, SubjectRun sitrep,
    List<Saturation> scaling) {

  /** Where the run happened. */
  public record Machine(int cores, String os, String java, String instanceHeap, double meanArticleBytes,
      String brokers) {}

  /**
   * A topology draining a backlog as fast as it can.
   *
   * @param articlesPerSecond articles per second between the first quarter of the backlog and the end of every
   *     sub-topology (start-up and warm-up excluded)
   * @param megabytesPerSecond the same in MB (10^6 bytes) of article text (UTF-8)
   * @param cpuSecondsPer1000 CPU seconds of the instance processes per 1,000 articles over the same window
   * @param brokerCpuSecondsPer1000 the same for the broker, when the harness runs it (else NaN)
   * @param expected records the event topic must carry: one per article for the baseline, the offline extractor's
   *     events for Sitrep
   * @param missing expected records that did not arrive
   * @param read records read from the event topic (duplicates would make it exceed {@code expected})
   */
  public record Saturation(Subject subject, int partitions, int threads, int instances, int articles,
      double articlesPerSecond, double megabytesPerSecond, double cpuSecondsPer1000, double brokerCpuSecondsPer1000,
      long expected, long missing, long read) {

    boolean complete() {
      return missing == 0 && read == expected;
    }
  }

  /** End-to-end latency with articles offered at a fraction of the saturation rate. */
  public record Latency(double load, double offeredPerSecond, Percentiles millis) {}

  /** A topology's headline measurements. */
  public record SubjectRun(Saturation saturation, List<Latency> latencies, long heapAfterGcBytes) {}

  /** Whether every topology delivered every expected record exactly once, in every run. */
  public boolean complete() {
    return baseline.saturation().complete() && sitrep.saturation().complete()
        && scaling.stream().allMatch(Saturation::complete);
  }

  /** Sitrep's saturation throughput over the baseline's: the headline figure. */
  public double ratio() {
    return sitrep.saturation().articlesPerSecond() / baseline.saturation().articlesPerSecond();
  }
}
