package io.sitrep.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sitrep.ops.http.HealthCheck;
import io.sitrep.ops.http.OpsHttpServer;
import io.sitrep.ops.lag.LagEvaluator;
import io.sitrep.ops.lag.LagHistory;
import io.sitrep.ops.lag.LagMonitor;
import io.sitrep.ops.lag.LagSampler;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class LagExporterIT {

  private static final HealthCheck ALWAYS_UP = new HealthCheck() {
    @Override
    public boolean live() {
      return true;
    }

    @Override
    public boolean ready() {
      return true;
    }

    @Override
    public String detail() {
      return "monitor";
    }
  };

  @Test
  void exporterPublishesDiscoveredGroupsLagOnTheMetricsEndpoint(RealKafka kafka) throws Exception {
    String topic = "events.exporter-test";
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
        for (int i = 0; i < 7; i++) {
          producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i));
        }
      }
      admin.alterConsumerGroupOffsets("dashboard", Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(3)))
          .all().get();

      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      LagMetrics metrics = new LagMetrics();
      metrics.bindTo(registry);
      LagSampler sampler = new LagSampler(admin,
          Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
      // No groups named: the exporter discovers "sitrep" and every reader of an events.* topic.
      LagMonitor monitor = new LagMonitor(sampler, new LagHistory(10), new LagEvaluator(), Set.of());
      HttpClient client = HttpClient.newHttpClient();

      try (LagExporter exporter = new LagExporter(monitor, metrics, Duration.ofMillis(200));
          OpsHttpServer server = new OpsHttpServer(0, registry, ALWAYS_UP)) {
        exporter.start();
        URI metricsUri = URI.create("http://127.0.0.1:" + server.port() + "/metrics");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
          String scrape = client.send(HttpRequest.newBuilder(metricsUri).build(),
              HttpResponse.BodyHandlers.ofString()).body();
          assertThat(scrape).contains(
              "sitrep_consumer_lag_records{group=\"dashboard\",partition=\"0\",topic=\"events.exporter-test\"} 4.0");
          assertThat(scrape).containsPattern(
              "sitrep_consumer_lag_seconds\\{group=\"dashboard\",partition=\"0\",topic=\"events.exporter-test\"} "
                  + "\\d+\\.\\d+");
          assertThat(scrape).contains("sitrep_consumer_group_status{group=\"dashboard\"} 1.0");
          assertThat(scrape).contains("sitrep_consumer_group_status{group=\"sitrep\"} 0.0");
        });
        assertThat(exporter.latest().groups()).extracting(g -> g.group()).contains("dashboard", "sitrep");
      }
    }
  }
}
