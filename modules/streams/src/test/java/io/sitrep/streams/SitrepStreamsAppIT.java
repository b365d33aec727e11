package io.sitrep.streams;

import static io.sitrep.streams.LineExtractor.LINE_EXTRACTOR;
import static io.sitrep.streams.LineExtractor.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.extraction.Extractor;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.json.ArticleJson;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import io.sitrep.testkit.TestArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The streams application against a real broker: what goes into articles.raw comes out on the right topic. */
@ExtendWith(KafkaBrokerExtension.class)
class SitrepStreamsAppIT {

  private static final Duration DEADLINE = Duration.ofSeconds(90);
  // Each test has its own topics, so that tests sharing the broker never read each other's records.
  private final Topics topics = Topics.withPrefix("it-" + UUID.randomUUID() + ".");
  @TempDir Path stateDir;

  @Test
  void sendsRecordThatIsNotAvroToDeadLetterTopicAndStillProcessesTheNextArticle(RealKafka kafka) {
    StreamsAppConfig config = config(kafka);
    try (SitrepStreamsApp app = startApp(config, LINE_EXTRACTOR)) {
      produce(kafka, topics, "junk-1", "{\"text\": \"plain JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8));
      produce(kafka, topics, article("good-1", "Warplanes strike a depot."));

      List<ConsumerRecord<byte[], byte[]>> dead = readAtLeast(kafka, topics.deadLetters().name(), 1);
      assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("junk-1");
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"text\": \"plain JSON, not Avro\"}");
      assertThat(header(dead.get(0), "__streams.errors.message")).contains("not a readable Article");
      assertThat(header(dead.get(0), "__streams.errors.topic")).isEqualTo(topics.articles().name());

      List<MilitaryEvent> events = readEvents(kafka, 1);
      assertThat(events).extracting(MilitaryEvent::getArticleId).containsExactly("good-1");
    }
  }

  @Test
  void deliversTheSameEventsForTheSeedArticleAsTheExtractorOffline(RealKafka kafka) throws Exception {
    Extractor extractor = RuleBasedExtractor.standard();
    Article seed = new ArticleJson().parse(TestArticles.seedArticleJson(), Instant.now());
    List<MilitaryEvent> offline = extractor.extract(seed);
    assertThat(offline).as("the seed article states events").isNotEmpty();

    try (SitrepStreamsApp app = startApp(config(kafka), extractor)) {
      produce(kafka, topics, seed);

      List<MilitaryEvent> streamed = readEvents(kafka, offline.size());
      assertThat(streamed).containsExactlyInAnyOrderElementsOf(offline);
    }
  }

  @Test
  void replaysHistoryWithANewExtractorVersionAfterAReset(RealKafka kafka) {
    StreamsAppConfig config = config(kafka);
    try (SitrepStreamsApp first = startApp(config, versioned("rules-1"))) {
      produce(kafka, topics, article("r-1", "A strike on a depot."));
      produce(kafka, topics, article("r-2", "Another strike."));
      assertThat(readEvents(kafka, 2)).extracting(MilitaryEvent::getExtractorVersion).containsOnly("rules-1");
    }

    SitrepStreamsApp second = new SitrepStreamsApp(config, versioned("rules-2"), topics, PipelineObserver.NONE);
    try (second) {
      second.resetToReplayHistory();
      second.start();
      List<MilitaryEvent> all = readEvents(kafka, 4);
      assertThat(all).filteredOn(event -> event.getExtractorVersion().equals("rules-2"))
          .extracting(MilitaryEvent::getArticleId).containsExactlyInAnyOrder("r-1", "r-2");
    }
  }

  /** The line extractor, stamping its events with a given version, as an upgraded extractor would. */
  private static Extractor versioned(String version) {
    return new Extractor() {
      @Override
      public List<MilitaryEvent> extract(Article article) {
        List<MilitaryEvent> events = LINE_EXTRACTOR.extract(article);
        events.forEach(event -> event.setExtractorVersion(version));
        return events;
      }

      @Override
      public String version() {
        return version;
      }
    };
  }

  static StreamsAppConfig config(RealKafka kafka, Path stateDir) {
    // Each test has its own application id and so its own consumer group, internal topics and offsets.
    return StreamsAppConfig.defaults(kafka.bootstrapServers(), "sitrep-it-" + UUID.randomUUID(), stateDir)
        .withPartitions(2)
        .withKafkaOverrides(Map.of("commit.interval.ms", "100"));
  }

  private StreamsAppConfig config(RealKafka kafka) {
    return config(kafka, stateDir);
  }

  private SitrepStreamsApp startApp(StreamsAppConfig config, Extractor extractor) {
    SitrepStreamsApp app = new SitrepStreamsApp(config, extractor, topics, PipelineObserver.NONE);
    app.start();
    await().atMost(DEADLINE).until(() -> app.state() == KafkaStreams.State.RUNNING);
    return app;
  }

  static void produce(RealKafka kafka, Topics topics, String key, byte[] value) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.articles().name(), key.getBytes(StandardCharsets.UTF_8), value));
    }
  }

  static void produce(RealKafka kafka, Topics topics, Article article) {
    produce(kafka, topics, article.getId(), topics.articles().valueSerde().serializer().serialize("", article));
  }

  List<MilitaryEvent> readEvents(RealKafka kafka, int atLeast) {
    return readAtLeast(kafka, topics.events().name(), atLeast).stream()
        .map(record -> topics.events().valueSerde().deserializer().deserialize("", record.value()))
        .toList();
  }

  /**
   * Reads a topic from the start as a read_committed consumer until at least {@code atLeast} records arrived, then
   * keeps polling briefly so that a duplicate would show.
   */
  static List<ConsumerRecord<byte[], byte[]>> readAtLeast(RealKafka kafka, String topic, int atLeast) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(Set.of(topic));
      // Returns what arrived by the deadline even if short, so that the caller's assertion shows what is missing.
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (records.size() < atLeast && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
    }
    return records;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
