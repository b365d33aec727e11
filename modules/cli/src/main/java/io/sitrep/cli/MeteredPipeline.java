package io.sitrep.cli;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.ops.metrics.PipelineMetrics;
import io.sitrep.streams.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Turns what the topology reports into the application's Prometheus metrics. */
final class MeteredPipeline implements PipelineObserver {

  private final PipelineMetrics metrics;

  MeteredPipeline(PipelineMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void articleAccepted(Article article) {
    metrics.articleIn();
  }

  @Override
  public void extracted(Article article, List<MilitaryEvent> events, long nanos) {
    metrics.recordExtraction(Duration.ofNanos(nanos));
    Instant now = Instant.now();
    for (MilitaryEvent event : events) {
      metrics.eventOut(event.getType().name(), event.getLanguage());
      metrics.recordEventLatency(article.getReceived(), now);
    }
  }

  @Override
  public void deadLettered(String reason) {
    metrics.deadLetter(reason);
  }

  @Override
  public void clusterUpdated(int absorbed) {
    metrics.clusterMerge();
  }
}
