package io.sitrep.bench.load;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.PipelineObserver;
import io.sitrep.streams.SitrepStreamsApp;
import io.sitrep.streams.StreamsAppConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One application instance under test, run by the harness as a separate JVM so that its CPU time and heap are its
 * own, as in a deployment. It talks to the harness over its standard streams: it prints {@code RUNNING} once Kafka
 * Streams runs (or {@code FAILED} and exits 1), answers {@code heap} with {@code HEAP <bytes>} (heap in use after a
 * full collection) and stops when its standard input closes. Logs go to standard error.
 *
 * <p>Arguments: {@code sitrep|passthrough BOOTSTRAP TOPIC_PREFIX APPLICATION_ID STREAM_THREADS STATE_DIR
 * [KEY=VALUE...]}, the last being Kafka Streams settings that override the application's.
 */
public final class BenchInstance {

  private BenchInstance() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 6) {
      System.err.println("usage: BenchInstance sitrep|passthrough BOOTSTRAP TOPIC_PREFIX APPLICATION_ID THREADS STATE_DIR"
          + " [KEY=VALUE...]");
      System.exit(2);
    }
    Map<String, String> overrides = new HashMap<>();
    for (String setting : Arrays.asList(args).subList(6, args.length)) {
      int equals = setting.indexOf('=');
      overrides.put(setting.substring(0, equals), setting.substring(equals + 1));
    }
    Subject subject = Subject.valueOf(args[0].toUpperCase(Locale.ROOT));
    Topics topics = Topics.withPrefix(args[2]);
    StreamsAppConfig config = StreamsAppConfig.defaults(args[1], args[3], Path.of(args[5]))
        .withStreamThreads(Integer.parseInt(args[4]))
        .withKafkaOverrides(overrides);
    KafkaStreams streams = switch (subject) {
      case SITREP -> new SitrepStreamsApp(config, RuleBasedExtractor.standard(), topics, PipelineObserver.NONE)
          .kafkaStreams();
      case PASSTHROUGH -> new KafkaStreams(PassthroughTopology.build(config, topics),
          config.streamsProperties(topics.deadLetters().name(), PipelineObserver.NONE));
    };
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING) {
        reply("RUNNING");
      } else if (now == KafkaStreams.State.ERROR) {
        reply("FAILED");
        System.exit(1);
      }
    });
    // The harness created the topics; the instance only runs the topology, as a second instance would.
    streams.start();
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String command;
    while ((command = commands.readLine()) != null) {
      if (command.equals("heap")) {
        System.gc(); // a full collection: what is left is what the application holds
        reply("HEAP " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      }
    }
    streams.close(Duration.ofSeconds(30));
  }

  private static synchronized void reply(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
