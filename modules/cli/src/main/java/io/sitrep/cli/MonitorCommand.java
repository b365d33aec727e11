package io.sitrep.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sitrep.ops.http.HealthCheck;
import io.sitrep.ops.http.OpsHttpServer;
import io.sitrep.ops.metrics.LagExporter;
import io.sitrep.ops.metrics.LagMetrics;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A standalone Prometheus exporter of consumer lag, for any groups. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
    description = {"Export consumer lag (records, seconds, group status) as Prometheus metrics at /metrics until",
        "Ctrl-C; /health/live and /health/ready answer for orchestrators."})
final class MonitorCommand implements Callable<Integer> {

  @ParentCommand Sitrep parent;
  @Mixin KafkaOptions kafka;
  @Mixin LagOptions lag;

  @Option(names = "--port", defaultValue = "9401", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 to be scraped from elsewhere).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    var overrides = parent.config().kafkaOverrides();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    LagMetrics metrics = new LagMetrics();
    metrics.bindTo(registry);
    CountDownLatch stopped = new CountDownLatch(1);
    try (Admin admin = lag.admin(kafka.bootstrapServers, overrides);
        LagExporter exporter = new LagExporter(lag.monitor(admin, kafka.bootstrapServers, overrides), metrics,
            lag.interval());
        OpsHttpServer server = new OpsHttpServer(host, port, registry, alwaysUp())) {
      exporter.start();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sitrep-monitor-shutdown"));
      System.out.println("Exporting consumer lag at http://" + host + ":" + server.port() + "/metrics; Ctrl-C stops.");
      stopped.await();
    } catch (java.io.UncheckedIOException e) {
      throw new UserError(e.getMessage());
    }
    return 0;
  }

  private static HealthCheck alwaysUp() {
    return new HealthCheck() {
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
        return "exporting";
      }
    };
  }
}
