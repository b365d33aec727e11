package io.sitrep.ops.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pipeline's own meters, named in Micrometer's dot form and rendered by the Prometheus registry as
 * {@code sitrep_articles_in_total}, {@code sitrep_events_out_total{type,language}},
 * {@code sitrep_dlq_records_total{reason}}, {@code sitrep_cluster_merges_total}, and the histograms
 * {@code sitrep_extraction_seconds} and {@code sitrep_event_latency_seconds} (buckets, so that Prometheus computes
 * p50/p95/p99 across instances with {@code histogram_quantile}). Safe to call from stream threads.
 */
public final class PipelineMetrics {

  private final MeterRegistry registry;
  private final Counter articlesIn;
  private final Counter clusterMerges;
  private final Timer extraction;
  private final Timer eventLatency;
  // Tagged counters are cached: a registry lookup per record would cost more than the increment.
  private final Map<List<String>, Counter> eventsOut = new ConcurrentHashMap<>();
  private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.articlesIn = Counter.builder("sitrep.articles.in")
        .description("Articles read from articles.raw")
        .register(registry);
    this.clusterMerges = Counter.builder("sitrep.cluster.merges")
        .description("Events merged into an existing cluster of reports of the same real-world event")
        .register(registry);
    this.extraction = Timer.builder("sitrep.extraction")
        .description("Time to extract events from one article")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
    this.eventLatency = Timer.builder("sitrep.event.latency")
        .description("From the article's arrival in Kafka to the event's production")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(5))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry);
  }

  /** One article read. */
  public void articleIn() {
    articlesIn.increment();
  }

  /** One event produced, by event type and article language. */
  public void eventOut(String type, String language) {
    eventsOut.computeIfAbsent(List.of(type, language), key -> Counter.builder("sitrep.events.out")
            .description("Events produced")
            .tag("type", type)
            .tag("language", language)
            .register(registry))
        .increment();
  }

  /** One record sent to the dead-letter topic, by reason (a short fixed code, not an exception message). */
  public void deadLetter(String reason) {
    deadLetters.computeIfAbsent(reason, key -> Counter.builder("sitrep.dlq.records")
            .description("Records sent to articles.dlq")
            .tag("reason", reason)
            .register(registry))
        .increment();
  }

  /** One event merged into an existing cluster. */
  public void clusterMerge() {
    clusterMerges.increment();
  }

  /** Times one extraction and returns its result. */
  public <T> T timeExtraction(Supplier<T> extraction) {
    return this.extraction.record(extraction);
  }

  /** Records an extraction already timed. */
  public void recordExtraction(Duration duration) {
    extraction.record(duration);
  }

  /** Records the latency of one event: from the article's record timestamp to the event's production. */
  public void recordEventLatency(Instant articleReceived, Instant eventProduced) {
    Duration latency = Duration.between(articleReceived, eventProduced);
    // Clock skew between producer and app can make it negative; a histogram takes no negative durations.
    eventLatency.record(latency.isNegative() ? Duration.ZERO : latency);
  }
}
