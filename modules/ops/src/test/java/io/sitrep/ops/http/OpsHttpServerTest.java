package io.sitrep.ops.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sitrep.ops.metrics.PipelineMetrics;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {

  /** A health check the test flips by hand, as Kafka Streams state changes would. */
  private static final class SwitchableHealth implements HealthCheck {
    final AtomicBoolean live = new AtomicBoolean(true);
    final AtomicBoolean ready = new AtomicBoolean(false);

    @Override
    public boolean live() {
      return live.get();
    }

    @Override
    public boolean ready() {
      return ready.get();
    }

    @Override
    public String detail() {
      return ready.get() ? "RUNNING" : "REBALANCING";
    }
  }

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SwitchableHealth health = new SwitchableHealth();
  private final OpsHttpServer server = new OpsHttpServer(0, registry, health);
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(5))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsShowCountersThatMoveAfterThePipelineCountsThem() throws Exception {
    PipelineMetrics pipeline = new PipelineMetrics(registry);
    assertThat(send("GET", "/metrics").body()).contains("sitrep_articles_in_total 0.0");

    pipeline.articleIn();
    pipeline.articleIn();
    pipeline.eventOut("airstrike", "en");

    HttpResponse<String> response = send("GET", "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(response.body()).contains("sitrep_articles_in_total 2.0");
    assertThat(response.body()).contains("sitrep_events_out_total{language=\"en\",type=\"airstrike\"} 1.0");
  }

  @Test
  void readinessFlipsFrom503To200WhenTheHealthCheckSaysReady() throws Exception {
    HttpResponse<String> before = send("GET", "/health/ready");
    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(before.body()).isEqualTo("{\"status\":\"DOWN\",\"detail\":\"REBALANCING\"}");

    health.ready.set(true);

    HttpResponse<String> after = send("GET", "/health/ready");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).isEqualTo("{\"status\":\"UP\",\"detail\":\"RUNNING\"}");
  }

  @Test
  void livenessFollowsTheHealthCheckIndependentlyOfReadiness() throws Exception {
    assertThat(send("GET", "/health/live").statusCode()).isEqualTo(200);
    health.live.set(false);
    assertThat(send("GET", "/health/live").statusCode()).isEqualTo(503);
  }

  @Test
  void unknownPathsAre404() throws Exception {
    assertThat(send("GET", "/").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/metrics/extra").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/health").statusCode()).isEqualTo(404);
  }

  @Test
  void methodsOtherThanGetAndHeadAre405() throws Exception {
    HttpResponse<String> post = send("POST", "/metrics");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    assertThat(send("DELETE", "/health/ready").statusCode()).isEqualTo(405);
    HttpResponse<String> head = send("HEAD", "/health/live");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void bindsToLoopbackByDefault() {
    InetAddress bound = server.address().getAddress();
    assertThat(bound.isLoopbackAddress()).isTrue();
    assertThat(server.port()).isPositive();
  }

  @Test
  void healthCheckThatThrowsCountsAsDown() throws Exception {
    HealthCheck broken = new HealthCheck() {
      @Override
      public boolean live() {
        throw new IllegalStateException("streams client closed");
      }

      @Override
      public boolean ready() {
        return false;
      }

      @Override
      public String detail() {
        return "unused";
      }
    };
    try (OpsHttpServer other = new OpsHttpServer(0, registry, broken)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/health/live"))
          .timeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("\"DOWN\"", "streams client closed");
    }
  }
}
