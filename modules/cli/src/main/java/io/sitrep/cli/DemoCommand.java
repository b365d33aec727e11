package io.sitrep.cli;

import io.sitrep.broker.EmbeddedBroker;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.ingest.ArticleProducer;
import io.sitrep.ingest.IngestListener;
import io.sitrep.json.ArticleJson;
import io.sitrep.json.EventJson;
import io.sitrep.json.InvalidArticleException;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.PipelineObserver;
import io.sitrep.streams.SitrepStreamsApp;
import io.sitrep.streams.StreamsAppConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole pipeline on one machine: an embedded broker, the streams application, the bundled sample articles
 * produced to {@code articles.raw}, and the events read back from {@code events.military}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start an embedded Kafka broker, run the streams application, send the bundled sample articles",
        "(among them the Arabic seed article), print the events read back from events.military, and stop."})
final class DemoCommand implements Callable<Integer> {

  private static final String SAMPLES = "/io/sitrep/cli/demo/articles.jsonl";
  private static final Duration DEADLINE = Duration.ofSeconds(120);

  @Option(names = "--json-only", description = "Print only the events as JSON lines, no table or progress.")
  boolean jsonOnly;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws IOException {
    List<Article> articles = sampleArticles();
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    // What the stream must deliver: the same extractor, run offline on the same articles.
    int expected = articles.stream().mapToInt(article -> extractor.extract(article).size()).sum();
    Topics topics = Topics.standard();
    Path stateDir = Files.createTempDirectory("sitrep-demo-state-");
    try (EmbeddedBroker broker = startBroker()) {
      StreamsAppConfig config = StreamsAppConfig.defaults(broker.bootstrapServers(), "sitrep-demo", stateDir)
          .withPartitions(1);
      try (SitrepStreamsApp app = new SitrepStreamsApp(config, extractor, topics, PipelineObserver.NONE)) {
        app.start();
        awaitRunning(app);
        say("Streams application running (extractor " + extractor.version() + ")");
        produce(broker.bootstrapServers(), topics, articles);
        say("Sent " + articles.size() + " articles to " + Topics.ARTICLES_RAW + "; reading " + Topics.EVENTS_MILITARY + "...");
        List<MilitaryEvent> events = readEvents(broker.bootstrapServers(), topics, expected);
        print(events);
        if (events.size() != expected) {
          throw new UserError("expected " + expected + " events on " + Topics.EVENTS_MILITARY + " but read "
              + events.size() + " within " + DEADLINE.toSeconds() + " s", 1);
        }
      }
    } finally {
      deleteRecursively(stateDir);
    }
    say("Done: broker and streams application stopped.");
    return 0;
  }

  private EmbeddedBroker startBroker() {
    say("Starting an embedded Kafka broker...");
    EmbeddedBroker broker = EmbeddedBroker.start(0, null);
    say("Broker ready at " + broker.bootstrapServers());
    return broker;
  }

  private static void awaitRunning(SitrepStreamsApp app) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (app.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || app.state() == KafkaStreams.State.ERROR) {
        throw new UserError("the streams application did not start (state " + app.state() + ")", 1);
      }
      sleepBriefly();
    }
  }

  private void produce(String bootstrapServers, Topics topics, List<Article> articles) {
    IngestListener listener = new IngestListener() {
      @Override
      public void rejected(String where, String reason) {
        System.err.println("skipped " + where + ": " + reason);
      }

      @Override
      public void failed(String articleId, String reason) {
        System.err.println("not sent " + articleId + ": " + reason);
      }

      @Override
      public void progress(long read, long total) {}
    };
    try (ArticleProducer producer = new ArticleProducer(bootstrapServers, Map.of(), topics.articles(), listener)) {
      articles.forEach(producer::send);
      var summary = producer.finish(0);
      if (summary.failed() > 0) {
        throw new UserError(summary.failed() + " sample articles could not be sent", 1);
      }
    }
  }

  private static List<MilitaryEvent> readEvents(String bootstrapServers, Topics topics, int expected) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "sitrep-demo-reader",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<MilitaryEvent> events = new ArrayList<>();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), topics.events().valueSerde().deserializer())) {
      consumer.subscribe(Set.of(Topics.EVENTS_MILITARY));
      while (events.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> events.add(record.value()));
      }
    }
    events.sort(Comparator.comparing(MilitaryEvent::getArticleId)
        .thenComparingInt(event -> event.getEvidence().getStart()));
    return events;
  }

  private void print(List<MilitaryEvent> events) {
    EventJson json = new EventJson();
    if (!jsonOnly) {
      out.println();
      out.println(events.size() + " events read from " + Topics.EVENTS_MILITARY + ":");
      out.println();
      out.print(EventTable.render(events));
      out.println();
      out.println("As JSON:");
    }
    events.forEach(event -> out.println(json.eventLine(event)));
    if (!jsonOnly) {
      out.println();
    }
  }

  private static List<Article> sampleArticles() throws IOException {
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        articles.add(json.parse(line, Instant.now()));
      }
    } catch (InvalidArticleException e) {
      throw new IllegalStateException("a bundled sample article is broken: " + e.getMessage(), e);
    }
    return articles;
  }

  private void say(String message) {
    if (!jsonOnly) {
      out.println(message);
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted", 130);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
