package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import io.sitrep.testkit.SyntheticArticles;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The stream command's metrics and health endpoints, scraped over HTTP during a real run. */
@ExtendWith(KafkaBrokerExtension.class)
class StreamMetricsIT {

  private static final Duration DEADLINE = Duration.ofMinutes(2);
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path workDir;

  @Test
  void becomesReadyAndCountsArticlesAndEventsAsTheyFlow(RealKafka kafka) throws Exception {
    String prefix = "metrics-" + UUID.randomUUID() + ".";
    Topics topics = Topics.withPrefix(prefix);
    new TopicCreator(kafka.bootstrapServers(), Map.of()).createIfAbsent(topics.all(), 2);
    int port = freePort();
    String base = "http://127.0.0.1:" + port;

    try (StreamProcess stream = StreamProcess.start(FaultTestSupport.logFile(prefix),
        "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
        "--application-id", "metrics-" + UUID.randomUUID(), "--state-dir", workDir.toString(),
        "--metrics-port", String.valueOf(port))) {
      await().atMost(DEADLINE).ignoreExceptions().until(() -> get(base + "/health/live").statusCode() == 200);
      await().atMost(DEADLINE).ignoreExceptions().until(() -> get(base + "/health/ready").statusCode() == 200);
      assertThat(counter(get(base + "/metrics").body(), "sitrep_articles_in_total")).isZero();

      FaultTestSupport.produce(kafka.bootstrapServers(), topics, SyntheticArticles.generate("metrics", 50, 3));

      await().atMost(DEADLINE).until(() -> counter(get(base + "/metrics").body(), "sitrep_articles_in_total") == 50);
      String metrics = get(base + "/metrics").body();
      assertThat(metrics).contains("sitrep_events_out_total{").contains("sitrep_event_latency_seconds_bucket")
          .contains("sitrep_extraction_seconds").contains("kafka_stream_").contains("jvm_memory_used_bytes");
      assertThat(get(base + "/anything-else").statusCode()).isEqualTo(404);
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The value of an unlabelled counter in a Prometheus scrape, 0 when absent. */
  private static double counter(String scrape, String name) {
    Matcher matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scrape);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
