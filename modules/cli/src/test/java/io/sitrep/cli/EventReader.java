package io.sitrep.cli;

import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A downstream consumer as an analyst's system would run it: read_committed, from the start, keeping every record.
 * It is assigned the topic's partitions rather than joining a group, so that its position lives only in memory: a
 * group member whose offset commit failed while the broker restarted would re-read records after rejoining, and
 * those would look like duplicates that Sitrep never wrote.
 */
final class EventReader implements AutoCloseable {

  private final KafkaConsumer<String, MilitaryEvent> consumer;
  private final List<String> eventIds = new ArrayList<>();

  EventReader(String bootstrapServers, Topic<String, MilitaryEvent> topic) {
    consumer = new KafkaConsumer<>(Map.<String, Object>of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
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
