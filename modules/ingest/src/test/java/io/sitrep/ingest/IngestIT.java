package io.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.model.Article;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class IngestIT {

  @Test
  void sendsEveryValidLineToTheTopicKeyedByArticleIdAndSumsUp(RealKafka kafka) throws Exception {
    String topicName = "articles.raw.ingest-it-" + UUID.randomUUID();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topicName, 2, (short) 1))).all().get();
    }
    Topic<String, Article> articles = Topics.standard().articles();
    Topic<String, Article> topic = new Topic<>(topicName, articles.keySerde(), articles.valueSerde());
    RecordingListener listener = new RecordingListener();
    String input = "{\"id\": \"x1\", \"text\": \"one\"}\nnot json\n{\"id\": \"x2\", \"lang\": \"ar\", \"text\": \"اثنان\"}\n";

    IngestSummary summary;
    try (ArticleProducer producer = new ArticleProducer(kafka.bootstrapServers(), Map.of(), topic, listener)) {
      summary = new Ingest(new ArticleReader(Clock.systemUTC()), producer, listener)
          .fromJsonLines(new BufferedReader(new StringReader(input)), "stdin");
    }

    assertThat(summary.sent()).isEqualTo(2);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.failed()).isZero();
    assertThat(summary.bytes()).isPositive();
    assertThat(listener.rejected).singleElement().asString().startsWith("stdin:2 not valid JSON");

    Map<String, Article> read = new HashMap<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "ingest-it",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      consumer.subscribe(Set.of(topicName));
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> read.put(record.key(), record.value()));
        return read.size() >= 2;
      });
    }
    assertThat(read).containsOnlyKeys("x1", "x2");
    assertThat(read.get("x2").getText()).isEqualTo("اثنان");
  }
}
