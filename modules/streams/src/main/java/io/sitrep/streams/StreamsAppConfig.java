package io.sitrep.streams;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * What the streams application needs to run, validated once at start.
 *
 * @param bootstrapServers Kafka's {@code bootstrap.servers}
 * @param applicationId the Kafka Streams application id: consumer group, prefix of internal topics and state
 * @param stateDir where local state lives
 * @param partitions partitions of the topics created at start when absent
 * @param streamThreads stream threads in this instance
 * @param maxArticleChars articles longer than this go to the dead-letter topic instead of the extractor
 * @param kafkaOverrides further Kafka client and Streams settings, passed through as given
 */
public record StreamsAppConfig(
    String bootstrapServers,
    String applicationId,
    Path stateDir,
    int partitions,
    int streamThreads,
    int maxArticleChars,
    Map<String, String> kafkaOverrides) {

  /** One mebibyte of text: far above any news article, far below what would stall a stream thread. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1 << 20;

  public StreamsAppConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrap servers");
    Objects.requireNonNull(applicationId, "application id");
    Objects.requireNonNull(stateDir, "state dir");
    requirePositive("partitions", partitions);
    requirePositive("stream threads", streamThreads);
    requirePositive("max article chars", maxArticleChars);
    kafkaOverrides = Map.copyOf(kafkaOverrides);
  }

  /** Kafka Streams properties: exactly-once, and bad records to the dead-letter topic instead of a crash. */
  public Properties streamsProperties(String deadLetterTopic) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.putAll(kafkaOverrides);
    return props;
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }
}
