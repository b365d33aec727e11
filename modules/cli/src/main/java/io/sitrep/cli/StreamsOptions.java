package io.sitrep.cli;

import io.sitrep.streams.StreamsAppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** Settings of the streams application. */
final class StreamsOptions {

  @Option(names = "--application-id", defaultValue = "sitrep",
      description = "Kafka Streams application id: consumer group and state (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", defaultValue = "sitrep-data/streams",
      description = "Local state directory (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--partitions", defaultValue = "3",
      description = "Partitions of topics created at start when absent (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--threads", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-article-chars", defaultValue = "" + StreamsAppConfig.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Longer articles go to the dead-letter topic (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--state-retention-days", defaultValue = "7",
      description = "How long article ids (to drop resends) and event clusters (to merge later reports) are kept, in "
          + "stream time (default: ${DEFAULT-VALUE}).")
  int stateRetentionDays;

  @Option(names = "--route-by-type", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also write each event to events.military.<type> (default: ${DEFAULT-VALUE}).")
  boolean routeByType;

  @Option(names = "--json-mirror", negatable = true, defaultValue = "false", fallbackValue = "true",
      description = "Also write each event as JSON to events.military.json (default: ${DEFAULT-VALUE}).")
  boolean jsonMirror;

  StreamsAppConfig toConfig(String bootstrapServers, Map<String, String> kafkaOverrides) {
    try {
      return new StreamsAppConfig(bootstrapServers, applicationId, stateDir, partitions, threads, maxArticleChars,
          Duration.ofDays(stateRetentionDays), routeByType, jsonMirror, kafkaOverrides);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
