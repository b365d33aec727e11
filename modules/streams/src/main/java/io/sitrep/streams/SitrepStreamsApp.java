package io.sitrep.streams;

import io.sitrep.extraction.Extractor;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running streams application: creates its topics if absent, runs the topology, stops cleanly. */
public final class SitrepStreamsApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SitrepStreamsApp.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final StreamsAppConfig config;
  private final Topics topics;
  private final KafkaStreams streams;

  public SitrepStreamsApp(StreamsAppConfig config, Extractor extractor, Topics topics) {
    this.config = config;
    this.topics = topics;
    this.streams = new KafkaStreams(
        SitrepTopology.buildTopology(config, extractor, topics),
        config.streamsProperties(topics.deadLetters().name()));
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

  /** The Kafka Streams state, for health checks and tests. */
  public KafkaStreams.State state() {
    return streams.state();
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
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
      Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      Set<NewTopic> missing = topics.all().stream()
          .map(Topic::name)
          .filter(name -> !existing.contains(name))
          // Replication follows the broker's default.replication.factor.
          .map(name -> new NewTopic(name, Optional.of(config.partitions()), Optional.empty()))
          .collect(Collectors.toSet());
      for (var created : admin.createTopics(missing).values().entrySet()) {
        try {
          created.getValue().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
          log.info("created topic {} with {} partitions", created.getKey(), config.partitions());
        } catch (ExecutionException e) {
          // Another instance starting at the same moment may have created it first: that is what we wanted.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot create Sitrep's topics on " + config.bootstrapServers() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
