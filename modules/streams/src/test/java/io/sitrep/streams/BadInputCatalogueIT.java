package io.sitrep.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.extraction.Extractor;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input we know of, sent between good articles through a real broker: each bad record lands in
 * the dead-letter topic with its reason, source topic, partition and offset, or is handled as documented in the
 * table below, and the good articles around it still produce their events.
 */
@ExtendWith(KafkaBrokerExtension.class)
class BadInputCatalogueIT {

  private static final Instant PUBLISHED = Instant.parse("2024-03-03T08:00:00Z");
  private final Topics topics = Topics.withPrefix("catalogue-" + UUID.randomUUID() + ".");
  private final Extractor extractor = RuleBasedExtractor.standard();
  @TempDir Path stateDir;

  /** What should happen to one kind of bad record: dead-lettered with a message containing {@code reason}, or processed. */
  private record Case(String name, byte[] key, byte[] value, String reason) {
    boolean deadLettered() {
      return reason != null;
    }
  }

  @Test
  void routesEveryKindOfBadInputToTheDeadLetterTopicOrHandlesItAsDocumented(RealKafka kafka) {
    byte[] good = encode(article("template", goodText(0)));
    List<Case> cases = List.of(
        new Case("not Avro", key("c1"), "{\"id\":\"c1\",\"text\":\"JSON\"}".getBytes(StandardCharsets.UTF_8), "not a readable Article"),
        new Case("truncated Avro", key("c2"), Arrays.copyOf(good, good.length / 2), "not a readable Article"),
        new Case("unknown schema fingerprint", key("c3"), withFingerprintFlipped(good), "MissingSchemaException"),
        new Case("empty value", key("c4"), new byte[0], "not a readable Article"),
        new Case("null value (tombstone)", key("c5"), null, "empty value: no article"),
        new Case("empty text", key("c6"), encode(article("c6", "")), "has no text"),
        new Case("only whitespace", key("c7"), encode(article("c7", " \n\t \u00a0 ")), "has no text"),
        new Case("text over the size limit", key("c8"), encode(article("c8", "x".repeat(1100))), "over the limit of 1000"),
        new Case("binary noise", key("c9"), noise(), "not a readable Article"),
        new Case("only markup", key("c10"), encode(untagged(article("c10", "<div><p> </p><br/></div>"))), "unsupported language"),
        new Case("published in 1900", key("c11"), encode(withPublished(article("c11", goodText(11)), "1900-01-01T00:00:00Z")), "implausible publication time"),
        new Case("published in 2100", key("c12"), encode(withPublished(article("c12", goodText(12)), "2100-01-01T00:00:00Z")), "implausible publication time"),
        new Case("missing id", key("c13"), encode(article("", goodText(13))), "has no id"),
        new Case("duplicate id, different text", key("good-1"), encode(article("good-1", goodText(99))), "already processed with different text"),
        // Handled, not dead-lettered: documented in the README's table of bad input.
        new Case("null key", null, encode(article("c15", goodText(15))), null),
        new Case("duplicate id, same text", key("good-1"), encode(article("good-1", goodText(1))), null),
        new Case("right-to-left marks and zero-width characters", key("c17"),
            encode(article("c17", "\u200f\u200b" + goodText(17).replace(" ", " \u200c"))), null),
        new Case("invalid UTF-8 in the text", key("c18"), withInvalidUtf8(article("c18", goodText(18) + " XX")), null),
        new Case("text crafted to make patterns backtrack", key("c19"),
            encode(untagged(article("c19", "a".repeat(900) + "!" + " (((((".repeat(10)))), "unsupported language"));

    StreamsAppConfig config = new StreamsAppConfig(kafka.bootstrapServers(), "catalogue-" + UUID.randomUUID(), stateDir,
        1, 1, 1000, StreamsAppConfig.DEFAULT_STATE_RETENTION, false, false, Map.of("commit.interval.ms", "100"));
    try (SitrepStreamsApp app = new SitrepStreamsApp(config, extractor, topics, PipelineObserver.NONE)) {
      app.start();
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> app.state() == KafkaStreams.State.RUNNING);

      // One partition: offsets tell the order. Good articles before, between every bad one, and after.
      Map<Long, Case> deadLetteredAtOffset = new LinkedHashMap<>();
      List<String> goodIds = new ArrayList<>();
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          kafka.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
        send(producer, "good-1", encode(article("good-1", goodText(1))));
        goodIds.add("good-1");
        int n = 2;
        for (Case bad : cases) {
          long offset = sendRaw(producer, bad.key(), bad.value());
          if (bad.deadLettered()) {
            deadLetteredAtOffset.put(offset, bad);
          }
          String id = "good-" + n;
          send(producer, id, encode(article(id, goodText(n++))));
          goodIds.add(id);
        }
      }

      List<ConsumerRecord<byte[], byte[]>> dead = SitrepStreamsAppIT.readAtLeast(kafka, topics.deadLetters().name(),
          deadLetteredAtOffset.size());
      Map<Long, ConsumerRecord<byte[], byte[]>> deadByOffset = dead.stream()
          .collect(Collectors.toMap(record -> Long.parseLong(header(record, "__streams.errors.offset")), r -> r));
      Map<Long, String> reasons = new java.util.TreeMap<>();
      deadByOffset.forEach((offset, record) -> reasons.put(offset, header(record, "__streams.errors.message")));
      Map<Long, String> expectedCases = new java.util.TreeMap<>();
      deadLetteredAtOffset.forEach((offset, bad) -> expectedCases.put(offset, bad.name()));
      assertThat(reasons.keySet()).as("exactly the bad records, once each: expected %s, got %s", expectedCases, reasons)
          .containsExactlyInAnyOrderElementsOf(deadLetteredAtOffset.keySet());
      deadLetteredAtOffset.forEach((offset, bad) -> {
        ConsumerRecord<byte[], byte[]> record = deadByOffset.get(offset);
        assertThat(header(record, "__streams.errors.message")).as(bad.name()).contains(bad.reason());
        assertThat(header(record, "__streams.errors.topic")).as(bad.name()).isEqualTo(topics.articles().name());
        assertThat(header(record, "__streams.errors.partition")).as(bad.name()).isEqualTo("0");
        assertThat(record.value()).as(bad.name() + ": the input as it came").isEqualTo(bad.value());
      });

      Map<String, List<MilitaryEvent>> eventsByArticle = new HashMap<>();
      List<String> expectedArticles = new ArrayList<>(goodIds);
      expectedArticles.addAll(List.of("c15", "c17", "c18"));
      for (MilitaryEvent event : readEvents(kafka, expectedArticles.size())) {
        eventsByArticle.computeIfAbsent(event.getArticleId(), id -> new ArrayList<>()).add(event);
      }
      assertThat(eventsByArticle.keySet()).as("every good and every tolerated article produced its event")
          .containsExactlyInAnyOrderElementsOf(expectedArticles);
      assertThat(eventsByArticle.get("good-1")).as("a resend with the same text adds no event").hasSize(1);
    }
  }

  /** Distinct English reports of one airstrike each, so that every good article yields one event. */
  private static String goodText(int n) {
    return "Warplanes carried out an airstrike on a weapons depot near Idlib on Sunday, killing " + (n + 2)
        + " fighters, local officials said.";
  }

  private static Article article(String id, String text) {
    return Article.newBuilder().setId(id).setText(text).setLanguage("en").setPublished(PUBLISHED)
        .setReceived(PUBLISHED.plusSeconds(60)).build();
  }

  /** As a producer that does not know the language sends it: the extractor must tell. */
  private static Article untagged(Article article) {
    article.setLanguage(null);
    return article;
  }

  private static Article withPublished(Article article, String published) {
    article.setPublished(Instant.parse(published));
    return article;
  }

  private byte[] encode(Article article) {
    return topics.articles().valueSerde().serializer().serialize("", article);
  }

  /** The Avro body stores the text's UTF-8 bytes; two of them are replaced by bytes that no UTF-8 text contains. */
  private byte[] withInvalidUtf8(Article article) {
    byte[] bytes = encode(article);
    String encoded = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = encoded.indexOf(" XX");
    bytes[at + 1] = (byte) 0xC3;
    bytes[at + 2] = (byte) 0x28;
    return bytes;
  }

  private static byte[] withFingerprintFlipped(byte[] record) {
    byte[] copy = record.clone();
    copy[4] ^= 0x7F;
    return copy;
  }

  private static byte[] noise() {
    byte[] bytes = new byte[512];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static byte[] key(String id) {
    return id.getBytes(StandardCharsets.UTF_8);
  }

  private void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) {
    sendRaw(producer, key(key), value);
  }

  private long sendRaw(KafkaProducer<byte[], byte[]> producer, byte[] key, byte[] value) {
    try {
      return producer.send(new ProducerRecord<>(topics.articles().name(), 0, key, value)).get().offset();
    } catch (Exception e) {
      throw new AssertionError("cannot send a test record", e);
    }
  }

  private List<MilitaryEvent> readEvents(RealKafka kafka, int atLeast) {
    return SitrepStreamsAppIT.readAtLeast(kafka, topics.events().name(), atLeast).stream()
        .map(record -> topics.events().valueSerde().deserializer().deserialize("", record.value()))
        .toList();
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
