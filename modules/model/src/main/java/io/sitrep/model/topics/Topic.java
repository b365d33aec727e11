package io.sitrep.model.topics;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic together with the serdes of its keys and values, so that a name never travels without its types.
 *
 * @param compacted whether the topic keeps only the latest value per key (an upsert topic) rather than a log
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

  /** A topic that keeps every record for its retention time. */
  public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    this(name, keySerde, valueSerde, false);
  }
}
