package io.sitrep.cli;

import io.sitrep.json.EventJson;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.EventType;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Prints records of an event topic as JSON lines, optionally filtered. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = {"Print records of an event topic as JSON lines: events.military, events.military.<type>,",
        "events.military.json or events.clustered (read_committed: only what the application committed)."})
final class TailCommand implements Callable<Integer> {

  @ParentCommand Sitrep parent;
  @Mixin KafkaOptions kafka;

  @Option(names = "--topic", description = "Topic to read (default: events.military under the topic prefix).")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
  boolean fromBeginning;

  @Option(names = "--type", description = "Only events of this type: ${COMPLETION-CANDIDATES}.")
  EventType type;

  @Option(names = "--country", paramLabel = "CC", description = "Only events in this country (ISO 3166-1 alpha-2).")
  String country;

  @Option(names = "--language", paramLabel = "LANG", description = "Only events from articles in this language.")
  String language;

  @Option(names = "--min-confidence", paramLabel = "0..1", description = "Only events at least this confident.")
  Double minConfidence;

  @Option(names = "--max", defaultValue = "0", description = "Stop after this many records (0: never).")
  long max;

  @Option(names = "--idle-timeout", defaultValue = "0",
      description = "Stop after this many seconds without a new record (0: never).")
  long idleTimeoutSeconds;

  @Override
  public Integer call() {
    Topics topics = kafka.topics();
    String name = topic != null ? topic : topics.events().name();
    Function<byte[], String> format = formatFor(name, topics);
    Map<String, Object> config = new HashMap<>(parent.config().kafkaOverrides());
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers);
    // A throwaway group: tailing must not move anyone's committed offsets.
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "sitrep-tail-" + UUID.randomUUID());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long printed = 0;
    long lastRecordNanos = System.nanoTime();
    try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(Set.of(name));
      while (max == 0 || printed < max) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          lastRecordNanos = System.nanoTime();
          String line;
          try {
            line = record.value() == null ? null : format.apply(record.value());
          } catch (SerializationException e) {
            System.err.println("skipped " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                + e.getMessage());
            continue;
          }
          if (line != null) {
            out.println(line);
            if (++printed == max) {
              break;
            }
          }
        }
        if (idleTimeoutSeconds > 0 && System.nanoTime() - lastRecordNanos > idleTimeoutSeconds * 1_000_000_000L) {
          break;
        }
      }
    }
    return 0;
  }

  /** How a record of the topic becomes a line, or null when the filters leave it out. */
  private Function<byte[], String> formatFor(String name, Topics topics) {
    EventJson json = new EventJson();
    if (name.equals(topics.clusteredEvents().name())) {
      var serde = topics.clusteredEvents().valueSerde().deserializer();
      return bytes -> {
        ClusteredEvent cluster = serde.deserialize(name, bytes);
        boolean keep = (type == null || cluster.getType() == type)
            && (country == null || country.equalsIgnoreCase(cluster.getLocation().getCountry()))
            && (language == null || cluster.getLanguages().contains(language));
        return keep ? json.clusterLine(cluster) : null;
      };
    }
    if (name.endsWith(".json")) {
      if (type != null || country != null || language != null || minConfidence != null) {
        throw new UserError("filters apply to the Avro event topics; read " + topics.events().name() + " to filter");
      }
      return bytes -> new String(bytes, StandardCharsets.UTF_8);
    }
    var serde = topics.events().valueSerde().deserializer();
    return bytes -> {
      MilitaryEvent event = serde.deserialize(name, bytes);
      boolean keep = (type == null || event.getType() == type)
          && (country == null || country.equalsIgnoreCase(event.getLocation().getCountry()))
          && (language == null || language.equals(event.getLanguage()))
          && (minConfidence == null || event.getConfidence() >= minConfidence);
      return keep ? json.eventLine(event) : null;
    };
  }
}
