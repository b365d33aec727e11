package io.sitrep.ops.metrics;

import io.sitrep.ops.lag.LagMonitor;
import io.sitrep.ops.lag.LagReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LagMonitor} on a schedule and feeds each report into {@link LagMetrics}: the heart of
 * {@code sitrep monitor}, a standalone Prometheus lag exporter. A failed step is logged and the next one tries
 * again, so a broker restart leaves a gap, not a dead exporter.
 */
public final class LagExporter implements AutoCloseable {

  /** The default sampling interval. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(LagExporter.class);

  private final LagMonitor monitor;
  private final LagMetrics metrics;
  private final Duration interval;
  private final ScheduledExecutorService scheduler;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicReference<LagReport> latest = new AtomicReference<>(new LagReport(Instant.EPOCH, List.of()));

  public LagExporter(LagMonitor monitor, LagMetrics metrics, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    this.monitor = monitor;
    this.metrics = metrics;
    this.interval = interval;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sitrep-lag-exporter");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts sampling now and then every interval. */
  public void start() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("lag exporter already started");
    }
    scheduler.scheduleWithFixedDelay(this::step, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("sampling consumer lag every {} s", interval.toMillis() / 1000.0);
  }

  /** The last report published (empty before the first sample succeeds). */
  public LagReport latest() {
    return latest.get();
  }

  private void step() {
    try {
      LagReport report = monitor.step();
      metrics.update(report);
      latest.set(report);
    } catch (RuntimeException e) {
      // Thrown out of a scheduled task, an exception would cancel every later run.
      log.warn("lag sample failed: {}", e.getMessage());
      log.debug("lag sample failed", e);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
