package io.sitrep.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final PipelineMetrics metrics = new PipelineMetrics(registry);

  @Test
  void countersRenderWithPrometheusNamesAndLabels() {
    metrics.articleIn();
    metrics.articleIn();
    metrics.eventOut("airstrike", "ar");
    metrics.deadLetter("deserialization");
    metrics.clusterMerge();

    String scrape = registry.scrape();

    assertThat(scrape).contains("sitrep_articles_in_total 2.0");
    assertThat(scrape).containsPattern("sitrep_events_out_total\\{language=\"ar\",type=\"airstrike\"} 1\\.0");
    assertThat(scrape).contains("sitrep_dlq_records_total{reason=\"deserialization\"} 1.0");
    assertThat(scrape).contains("sitrep_cluster_merges_total 1.0");
  }

  @Test
  void timersRenderAsSecondsHistogramsWithBuckets() {
    metrics.recordExtraction(Duration.ofMillis(20));
    assertThat(metrics.timeExtraction(() -> "events")).isEqualTo("events");
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    metrics.recordEventLatency(received, received.plusMillis(1500));

    String scrape = registry.scrape();

    assertThat(scrape).contains("# TYPE sitrep_extraction_seconds histogram");
    assertThat(scrape).contains("sitrep_extraction_seconds_count 2");
    assertThat(scrape).contains("sitrep_extraction_seconds_bucket{le=\"+Inf\"} 2");
    assertThat(scrape).contains("# TYPE sitrep_event_latency_seconds histogram");
    assertThat(scrape).contains("sitrep_event_latency_seconds_sum 1.5");
    // Enough buckets for histogram_quantile to resolve p50/p95/p99.
    assertThat(scrape.lines().filter(l -> l.startsWith("sitrep_event_latency_seconds_bucket")).count())
        .isGreaterThan(20);
  }

  @Test
  void negativeLatencyFromClockSkewCountsAsZero() {
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    metrics.recordEventLatency(received, received.minusSeconds(1));
    assertThat(registry.scrape()).contains("sitrep_event_latency_seconds_count 1");
  }
}
