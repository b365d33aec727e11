package io.sitrep.model.topics;

import org.apache.kafka.common.serialization.Serde;

/** A Kafka topic together with the serdes of its keys and values, so that a name never travels without its types. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
