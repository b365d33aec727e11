package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.ingest.ArticleProducer;
import io.sitrep.ingest.IngestListener;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** What the fault tests share: sending articles, knowing which events must come out, and checking they did once. */
final class FaultTestSupport {

  /** Articles per fault test; {@code -Dsitrep.it.articles=20000} for a larger run by hand. */
  static final int ARTICLES = Integer.getInteger("sitrep.it.articles", 2000);

  private FaultTestSupport() {}

  /** The ids of the events the extractor states for these articles: what the stream must deliver. */
  static Set<String> expectedEventIds(List<Article> articles) {
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    Set<String> expected = articles.stream().flatMap(article -> extractor.extract(article).stream())
        .map(MilitaryEvent::getEventId).collect(Collectors.toSet());
    assertThat(expected).as("the synthetic articles state events").hasSizeGreaterThan(articles.size() / 2);
    return expected;
  }

  static void produce(String bootstrapServers, Topics topics, List<Article> articles) {
    IngestListener failOnError = new IngestListener() {
      @Override
      public void rejected(String where, String reason) {
        throw new AssertionError(where + ": " + reason);
      }

      @Override
      public void failed(String articleId, String reason) {
        throw new AssertionError(articleId + ": " + reason);
      }

      @Override
      public void progress(long read, long total) {}
    };
    try (ArticleProducer producer = new ArticleProducer(bootstrapServers, Map.of(), topics.articles(), failOnError)) {
      articles.forEach(producer::send);
      assertThat(producer.finish(0).sent()).isEqualTo(articles.size());
    }
  }

  /** Properties for stream processes: a killed member's partitions move after the session timeout, so keep it short. */
  static Path streamConfig(Path dir) throws IOException {
    Path config = dir.resolve("stream.properties");
    Files.writeString(config, "kafka.session.timeout.ms=6000\nkafka.heartbeat.interval.ms=1500\n"
        + "kafka.commit.interval.ms=200\n");
    return config;
  }

  /** A log file kept in target/ for reading after a failure. */
  static Path logFile(String name) throws IOException {
    return Files.createDirectories(Path.of("target", "fault-tests")).resolve(name + ".log");
  }

  /**
   * The clusters on {@code events.clustered} as the set of their member-event sets (cluster ids depend on which
   * report arrived first, the grouping does not): the latest value per key, tombstones removing absorbed clusters.
   */
  static Set<Set<String>> clusterMemberships(String bootstrapServers, Topics topics) {
    Map<String, Set<String>> latest = new HashMap<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "clusters-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        topics.clusteredEvents().keySerde().deserializer(), topics.clusteredEvents().valueSerde().deserializer())) {
      consumer.subscribe(Set.of(topics.clusteredEvents().name()));
      // Read to the end offsets as they stand now.
      long quietPolls = 0;
      while (quietPolls < 5) {
        var records = consumer.poll(Duration.ofMillis(300));
        quietPolls = records.isEmpty() ? quietPolls + 1 : 0;
        records.forEach(record -> {
          if (record.value() == null) {
            latest.remove(record.key());
          } else {
            latest.put(record.key(), new HashSet<>(record.value().getMemberEventIds()));
          }
        });
      }
    }
    return new HashSet<>(latest.values());
  }

  /** Every expected event read exactly once, and nothing else. */
  static void assertExactlyOnce(List<String> seen, Set<String> expected) {
    Set<String> distinct = new HashSet<>(seen);
    assertThat(seen).as("no event twice").hasSameSizeAs(distinct);
    assertThat(distinct).as("no event lost, none unexpected").isEqualTo(expected);
  }
}
