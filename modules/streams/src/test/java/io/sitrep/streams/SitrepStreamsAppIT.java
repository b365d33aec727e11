package io.sitrep.streams;

import static io.sitrep.streams.TestArticles.LINE_EXTRACTOR;
import static io.sitrep.streams.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.extraction.Extractor;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
  private final Topics topics = Topics.standard();
  @TempDir Path stateDir;

  @Test
  void sendsRecordThatIsNotAvroToDeadLetterTopicAndStillProcessesTheNextArticle(RealKafka kafka) {
    StreamsAppConfig config = config(kafka);
    try (SitrepStreamsApp app = startApp(config, LINE_EXTRACTOR)) {
      produce(kafka, "junk-1", "{\"text\": \"plain JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8));
      produce(kafka, "good-1", topics.articles().valueSerde().serializer()
          .serialize(Topics.ARTICLES_RAW, article("good-1", "Warplanes strike a depot.")));

      List<ConsumerRecord<byte[], byte[]>> dead = readAtLeast(kafka, Topics.ARTICLES_DLQ, 1);
      assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("junk-1");
      assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"text\": \"plain JSON, not Avro\"}");
      assertThat(header(dead.get(0), "__streams.errors.message")).contains("not a readable Article");
      assertThat(header(dead.get(0), "__streams.errors.topic")).isEqualTo(Topics.ARTICLES_RAW);

      List<MilitaryEvent> events = readEvents(kafka, 1);
      assertThat(events).extracting(MilitaryEvent::getArticleId).containsExactly("good-1");
    }
  }

  static StreamsAppConfig config(RealKafka kafka, Path stateDir) {
    // Each test has its own application id and so its own consumer group, internal topics and offsets.
    return new StreamsAppConfig(kafka.bootstrapServers(), "sitrep-it-" + UUID.randomUUID(), stateDir, 2, 1,
        StreamsAppConfig.DEFAULT_MAX_ARTICLE_CHARS, Map.of("commit.interval.ms", "100"));
  }

  private StreamsAppConfig config(RealKafka kafka) {
    return config(kafka, stateDir);
  }

  private SitrepStreamsApp startApp(StreamsAppConfig config, Extractor extractor) {
    SitrepStreamsApp app = new SitrepStreamsApp(config, extractor, topics);
    app.start();
    await().atMost(DEADLINE).until(() -> app.state() == KafkaStreams.State.RUNNING);
    return app;
  }

  static void produce(RealKafka kafka, String key, byte[] value) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key.getBytes(StandardCharsets.UTF_8), value));
    }
  }

  static void produce(RealKafka kafka, Topics topics, Article article) {
    produce(kafka, article.getId(), topics.articles().valueSerde().serializer().serialize(Topics.ARTICLES_RAW, article));
  }

  List<MilitaryEvent> readEvents(RealKafka kafka, int atLeast) {
    return readAtLeast(kafka, Topics.EVENTS_MILITARY, atLeast).stream()
        .map(record -> topics.events().valueSerde().deserializer().deserialize(Topics.EVENTS_MILITARY, record.value()))
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
      await().atMost(DEADLINE).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= atLeast;
      });
      consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
    }
    return records;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
