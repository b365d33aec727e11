package io.sitrep.testkit;

/** A real Kafka broker that a test talks to over the network. */
public interface RealKafka extends AutoCloseable {

  /** The {@code bootstrap.servers} value for clients. */
  String bootstrapServers();

  /** What runs the broker, for test logs: a container image or the in-process broker. */
  String description();

  @Override
  void close();
}
