package io.sitrep.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sitrep.ops.lag.GroupStatus;
import io.sitrep.ops.lag.LagReport;
import io.sitrep.ops.lag.PartitionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagMetricsTest {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final LagMetrics metrics = new LagMetrics();

  private static LagReport report(String group, GroupStatus status, long lag, double seconds) {
    return new LagReport(Instant.EPOCH, List.of(new LagReport.GroupLag(group, status, "Stable", List.of(
        new LagReport.PartitionLag("events.military", 3, 100 - lag, 100, lag, seconds, false, 0,
            PartitionStatus.OK)))));
  }

  @Test
  void exposesLagAndStatusGaugesWithLabels() {
    metrics.bindTo(registry);
    metrics.update(report("sitrep", GroupStatus.WARN, 7, 12.5));

    String scrape = registry.scrape();

    assertThat(scrape).contains(
        "sitrep_consumer_lag_records{group=\"sitrep\",partition=\"3\",topic=\"events.military\"} 7.0");
    assertThat(scrape).contains(
        "sitrep_consumer_lag_seconds{group=\"sitrep\",partition=\"3\",topic=\"events.military\"} 12.5");
    assertThat(scrape).contains("sitrep_consumer_group_status{group=\"sitrep\"} 2.0");
  }

  @Test
  void updatesValuesInPlaceAndDropsSeriesThatLeftTheReport() {
    metrics.bindTo(registry);
    metrics.update(report("old", GroupStatus.OK, 1, 0));
    metrics.update(report("sitrep", GroupStatus.OK, 3, 1));
    metrics.update(report("sitrep", GroupStatus.ERROR, 9, 4));

    String scrape = registry.scrape();

    assertThat(scrape).doesNotContain("group=\"old\"");
    assertThat(scrape).contains("sitrep_consumer_group_status{group=\"sitrep\"} 3.0");
    assertThat(scrape).contains(
        "sitrep_consumer_lag_records{group=\"sitrep\",partition=\"3\",topic=\"events.military\"} 9.0");
  }

  @Test
  void registryBoundAfterTheFirstReportStillGetsItsSeries() {
    metrics.update(report("sitrep", GroupStatus.OK, 2, 0));
    metrics.bindTo(registry);
    assertThat(registry.scrape()).contains("sitrep_consumer_group_status{group=\"sitrep\"} 1.0");
  }
}
