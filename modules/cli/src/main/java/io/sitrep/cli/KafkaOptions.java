package io.sitrep.cli;

import io.sitrep.model.topics.Topics;
import picocli.CommandLine.Option;

/** How to reach Kafka, shared by the commands that talk to a broker. */
final class KafkaOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", defaultValue = "localhost:9092",
      description = "Kafka brokers to connect to (default: ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(names = "--topic-prefix", paramLabel = "PREFIX", defaultValue = "",
      description = "Prefix of every Sitrep topic name, to share a cluster between deployments (default: none).")
  String topicPrefix;

  /** Sitrep's topics under the configured prefix. */
  Topics topics() {
    return Topics.withPrefix(topicPrefix);
  }
}
