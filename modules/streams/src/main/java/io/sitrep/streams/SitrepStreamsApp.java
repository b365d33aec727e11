package io.sitrep.streams;

import io.sitrep.extraction.Extractor;
import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.tools.StreamsResetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running streams application: creates its topics if absent, runs the topology, stops cleanly. */
public final class SitrepStreamsApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SitrepStreamsApp.class);

  private final StreamsAppConfig config;
  private final Topics topics;
  private final KafkaStreams streams;

  public SitrepStreamsApp(StreamsAppConfig config, Extractor extractor, Topics topics, PipelineObserver observer) {
    this.config = config;
    this.topics = topics;
    this.streams = new KafkaStreams(
        SitrepTopology.buildTopology(config, extractor, topics, observer),
        config.streamsProperties(topics.deadLetters().name(), observer));
    // A failure the exception handlers did not absorb is a bug or a lost broker: stop rather than spin.
    streams.setUncaughtExceptionHandler(e -> {
      log.error("stream thread failed; the application stops: {}", e.toString(), e);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
  }

  /** Creates missing topics and starts processing; returns at once, processing runs on stream threads. */
  public void start() {
    createTopicsIfAbsent();
    streams.start();
    log.info("Sitrep streams application '{}' started against {}", config.applicationId(), config.bootstrapServers());
  }

  /**
   * Prepares a replay of all history, for instance with a new extractor version: Kafka's own Streams reset tool
   * moves the application's input offsets to the start and deletes its internal topics, and local state is wiped.
   * Call before {@link #start()}, with no other instance of the application running.
   */
  public void resetToReplayHistory() {
    int status = new StreamsResetter().execute(new String[] {
        "--bootstrap-server", config.bootstrapServers(),
        "--application-id", config.applicationId(),
        "--input-topics", topics.articles().name(),
        "--force"}, clientProperties());
    if (status != 0) {
      throw new IllegalStateException("the Streams reset tool failed for application " + config.applicationId()
          + " (exit " + status + "); see its output above");
    }
    streams.cleanUp();
    log.info("application '{}' reset: it will reprocess {} from the start", config.applicationId(),
        topics.articles().name());
  }

  private Properties clientProperties() {
    Properties properties = new Properties();
    properties.putAll(config.kafkaOverrides());
    return properties;
  }

  /** The Kafka Streams state, for health checks and tests. */
  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The Kafka Streams instance, for metrics binders that read its client metrics. */
  public KafkaStreams kafkaStreams() {
    return streams;
  }

  /** Registers a listener for state changes (e.g. to wait until RUNNING or notice ERROR). */
  public void onStateChange(KafkaStreams.StateListener listener) {
    streams.setStateListener(listener);
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
    log.info("Sitrep streams application '{}' stopped", config.applicationId());
  }

  private void createTopicsIfAbsent() {
    new TopicCreator(config.bootstrapServers(), config.kafkaOverrides())
        .createIfAbsent(topics.all(), config.partitions());
  }
}
