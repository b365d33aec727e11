package io.sitrep.ops.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.sitrep.ops.lag.LagReport;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exposes the latest {@link LagReport} as gauges:
 *
 * <ul>
 *   <li>{@code sitrep_consumer_lag_records{group,topic,partition}}: records between committed offset and log end;
 *   <li>{@code sitrep_consumer_lag_seconds{group,topic,partition}}: age of the record at the committed offset;
 *   <li>{@code sitrep_consumer_group_status{group}}: {@link io.sitrep.ops.lag.GroupStatus#code()}, that is
 *       0 NOTFOUND, 1 OK, 2 WARN, 3 ERROR (Burrow's numbering).
 * </ul>
 *
 * A series whose group-partition leaves the report is removed, so a deleted group does not linger as a flat line.
 */
public final class LagMetrics implements MeterBinder {

  static final String LAG_RECORDS = "sitrep.consumer.lag.records";
  static final String LAG_SECONDS = "sitrep.consumer.lag.seconds";
  static final String GROUP_STATUS = "sitrep.consumer.group.status";

  private record Series(String name, Tags tags) {}

  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
  // Gauges read these holders; a double is kept as its raw bits so that a scrape never sees half a write.
  private final Map<Series, AtomicLong> values = new HashMap<>();

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    registries.add(registry);
    values.forEach((series, holder) -> register(registry, series, holder));
  }

  /** Replaces the gauges' values with those of the report. */
  public synchronized void update(LagReport report) {
    Map<Series, Double> next = new HashMap<>();
    for (LagReport.GroupLag group : report.groups()) {
      next.put(new Series(GROUP_STATUS, Tags.of("group", group.group())), (double) group.status().code());
      for (LagReport.PartitionLag p : group.partitions()) {
        Tags tags = Tags.of("group", group.group(), "topic", p.topic(), "partition", Integer.toString(p.partition()));
        next.put(new Series(LAG_RECORDS, tags), (double) p.lag());
        next.put(new Series(LAG_SECONDS, tags), p.lagSeconds());
      }
    }
    Set<Series> gone = new HashSet<>(values.keySet());
    gone.removeAll(next.keySet());
    for (Series series : gone) {
      values.remove(series);
      registries.forEach(registry -> {
        Gauge gauge = registry.find(series.name()).tags(series.tags()).gauge();
        if (gauge != null) {
          registry.remove(gauge);
        }
      });
    }
    next.forEach((series, value) -> {
      AtomicLong holder = values.get(series);
      if (holder == null) {
        holder = new AtomicLong(Double.doubleToLongBits(value));
        values.put(series, holder);
        for (MeterRegistry registry : registries) {
          register(registry, series, holder);
        }
      } else {
        holder.set(Double.doubleToLongBits(value));
      }
    });
  }

  private static void register(MeterRegistry registry, Series series, AtomicLong holder) {
    Gauge.builder(series.name(), holder, h -> Double.longBitsToDouble(h.get()))
        .tags(series.tags())
        .description(description(series.name()))
        .strongReference(true)
        .register(registry);
  }

  private static String description(String name) {
    return switch (name) {
      case LAG_RECORDS -> "Records between the group's committed offset and the log end offset";
      case LAG_SECONDS -> "Age in seconds of the record at the group's committed offset (0 when caught up)";
      default -> "Burrow status of the group: 0 NOTFOUND, 1 OK, 2 WARN, 3 ERROR";
    };
  }
}
