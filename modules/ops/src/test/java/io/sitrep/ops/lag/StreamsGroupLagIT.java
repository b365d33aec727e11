package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A Kafka Streams app on the "streams" rebalance protocol is not a consumer group, yet its lag must be read. */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsGroupLagIT {

  private static final String APP = "streams-protocol-app";

  @Test
  void streamsProtocolGroupIsDiscoveredAndItsTasksCountAsAssigned(RealKafka kafka, @TempDir Path stateDir)
      throws Exception {
    String input = "events.streams-protocol-in";
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(input, 2, (short) 1), new NewTopic("streams-protocol-out", 1,
          (short) 1))).all().get();
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
        for (int i = 0; i < 10; i++) {
          producer.send(new ProducerRecord<>(input, "key-" + i, "article-" + i));
        }
      }
      LagSampler sampler = new LagSampler(admin,
          Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));

      KafkaStreams streams = new KafkaStreams(passThrough(input), streamsConfig(kafka, stateDir));
      try {
        streams.start();

        // Discovery needs the app's first commit on the events topic, after its first rebalance: seconds, not ms.
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
          assertThat(sampler.discoverGroups()).contains(APP);
          GroupSample group = sampler.sample(Set.of(APP)).groups().get(0);
          assertThat(group.found()).isTrue();
          assertThat(group.state()).isEqualTo("Stable");
          assertThat(group.partitions()).hasSize(2).allSatisfy(p -> {
            assertThat(p.assigned()).isTrue();
            assertThat(p.lag()).isLessThanOrEqualTo(1);
          });
        });
      } finally {
        streams.close(Duration.ofSeconds(10));
      }
    }
  }

  private static Topology passThrough(String input) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input).to("streams-protocol-out");
    return builder.build();
  }

  private static Properties streamsConfig(RealKafka kafka, Path stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, "streams");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    return props;
  }
}
