package io.sitrep.streams;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.util.List;

/** What the running topology reports, for metrics; the application plugs its metrics in, tests a recorder. */
public interface PipelineObserver {

  /** Observes nothing. */
  PipelineObserver NONE = new PipelineObserver() {};

  /** An article passed validation and deduplication and goes to the extractor. */
  default void articleAccepted(Article article) {}

  /** The extractor returned {@code events} for the article after {@code nanos}. */
  default void extracted(Article article, List<MilitaryEvent> events, long nanos) {}

  /** A record went to the dead-letter topic; {@code reason} is the kind of failure (the exception's class name). */
  default void deadLettered(String reason) {}

  /** An event joined an existing cluster ({@code absorbed}: how many other clusters it merged into it). */
  default void clusterUpdated(int absorbed) {}
}
