package io.sitrep.ingest;

import java.time.Duration;

/**
 * The outcome of one ingest run.
 *
 * @param sent articles the broker acknowledged
 * @param failed articles the broker refused
 * @param rejected input items that were not articles (bad JSON, no text)
 * @param bytes serialized bytes acknowledged
 * @param elapsed wall-clock time of the run
 */
public record IngestSummary(long sent, long failed, long rejected, long bytes, Duration elapsed) {

  /** Acknowledged articles per second over the run. */
  public double articlesPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return sent / seconds;
  }
}
