package io.sitrep.cli;

import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** A downstream consumer as an analyst's system would run it: read_committed, from the start, keeping every record. */
final class EventReader implements AutoCloseable {

  private final KafkaConsumer<String, MilitaryEvent> consumer;
  private final List<String> eventIds = new ArrayList<>();

  EventReader(String bootstrapServers, Topic<String, MilitaryEvent> topic) {
    consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "downstream-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    consumer.subscribe(Set.of(topic.name()));
  }

  /** Polls once and returns how many records were read in all. */
  int poll() {
    consumer.poll(Duration.ofMillis(200)).forEach(record -> eventIds.add(record.key()));
    return eventIds.size();
  }

  /** Every event id read, in order, duplicates included. */
  List<String> eventIds() {
    return eventIds;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
