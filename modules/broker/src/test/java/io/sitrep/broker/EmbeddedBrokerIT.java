package io.sitrep.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerIT {

  @Test
  void carriesRecordsFromProducerToConsumerAndKeepsThemAcrossRestart(@TempDir Path dataDir) throws Exception {
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, dataDir)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("greetings", 2, (short) 1))).all().get();
      }
      try (var producer = new KafkaProducer<>(Map.<String, Object>of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("greetings", "k", "مرحبا")).get();
      }
      assertThat(readAll(broker.bootstrapServers())).containsExactly("مرحبا");
    }
    try (EmbeddedBroker restarted = EmbeddedBroker.start(0, dataDir)) {
      assertThat(readAll(restarted.bootstrapServers())).containsExactly("مرحبا");
    }
    assertThat(Files.exists(dataDir.resolve("log"))).as("a given data directory is kept").isTrue();
  }

  @Test
  void removesItsTemporaryDataDirectoryOnClose() {
    Path dir;
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, null)) {
      dir = broker.dataDir();
      assertThat(dir).exists();
    }
    assertThat(dir).doesNotExist();
  }

  private static List<String> readAll(String bootstrap) {
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(Set.of("greetings"));
      List<String> values = new ArrayList<>();
      long deadline = System.currentTimeMillis() + 30_000;
      while (values.isEmpty() && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
      }
      return values;
    }
  }
}
