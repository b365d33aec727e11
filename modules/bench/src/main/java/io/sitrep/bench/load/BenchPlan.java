package io.sitrep.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a bench run measures.
 *
 * @param articles articles in the backlog that each topology drains at saturation
 * @param partitions partitions of the article topic for the headline runs
 * @param streamThreads stream threads of the instance in the headline runs
 * @param loads fractions of the saturation rate at which latency is measured
 * @param latencyPhase how long articles are offered at each of those rates
 * @param scalingArticles articles per run of the scaling table; 0 leaves the table out
 * @param seed of the generated corpus
 * @param profile record a JFR profile of each instance (written beside its log)
 * @param streamsOverrides Kafka Streams and client settings for the instances of both topologies, to compare settings
 */
public record BenchPlan(int articles, int partitions, int streamThreads, List<Double> loads, Duration latencyPhase,
    int scalingArticles, long seed, boolean profile, Map<String, String> streamsOverrides) {

  /** A smoke run, under two minutes: every measurement once, on little data, no scaling table. */
  public static BenchPlan quick() {
    return new BenchPlan(1_000, 2, 1, List.of(0.25, 0.5, 0.75), Duration.ofSeconds(3), 0, 1, false, Map.of());
  }

  /** The documented run: large enough for stable rates and percentiles, with the scaling table. */
  public static BenchPlan full() {
    return new BenchPlan(20_000, 2, 1, List.of(0.25, 0.5, 0.75), Duration.ofSeconds(20), 10_000, 1, false, Map.of());
  }

  public BenchPlan {
    requireAtLeast("articles", articles, 1);
    requireAtLeast("partitions", partitions, 1);
    requireAtLeast("stream threads", streamThreads, 1);
    requireAtLeast("scaling articles", scalingArticles, 0);
    if (latencyPhase.isNegative() || latencyPhase.isZero()) {
      throw new IllegalArgumentException("the latency phase must be at least a second, was " + latencyPhase);
    }
    loads = List.copyOf(loads);
    streamsOverrides = Map.copyOf(streamsOverrides);
  }

  private static void requireAtLeast(String name, int value, int least) {
    if (value < least) {
      throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
    }
  }
}
