package io.sitrep.cli;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.ops.http.OpsHttpServer;
import io.sitrep.ops.lag.LagMonitor;
import io.sitrep.ops.metrics.LagExporter;
import io.sitrep.ops.metrics.LagMetrics;
import io.sitrep.ops.metrics.PipelineMetrics;
import io.sitrep.streams.SitrepStreamsApp;
import io.sitrep.streams.StreamsAppConfig;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Runs the streams application against a Kafka cluster until it is stopped, with metrics and health over HTTP. */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = {"Run the Sitrep streams application: articles.raw -> events.military, events.military.<type>,",
        "events.clustered (articles.dlq for bad input). Prometheus metrics at /metrics, health at /health/live and",
        "/health/ready on --metrics-port."})
final class StreamCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(StreamCommand.class);

  @ParentCommand Sitrep parent;
  @Mixin KafkaOptions kafka;
  @Mixin StreamsOptions streams;

  @Option(names = "--reset", description = {"Reprocess all of articles.raw from the start (e.g. after an extractor",
      "upgrade): resets the application's offsets, internal topics and local state first. Stop every other",
      "instance of the application before."})
  boolean reset;

  @Option(names = "--metrics-port", defaultValue = "9400",
      description = "Port of the metrics and health endpoints (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int metricsPort;

  @Option(names = "--metrics-host", defaultValue = "127.0.0.1",
      description = "Address the metrics and health endpoints bind (default: ${DEFAULT-VALUE}).")
  String metricsHost;

  @Override
  public Integer call() {
    Map<String, String> overrides = parent.config().kafkaOverrides();
    StreamsAppConfig config = streams.toConfig(kafka.bootstrapServers, overrides);
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    SitrepStreamsApp app = new SitrepStreamsApp(config, extractor, kafka.topics(),
        new MeteredPipeline(new PipelineMetrics(registry)));
    bindStandardMetrics(registry, app);

    CountDownLatch finished = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    app.onStateChange((now, before) -> {
      if (now == KafkaStreams.State.ERROR) {
        failed.set(true);
      }
      if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
        finished.countDown();
      }
    });
    try (OpsHttpServer server = new OpsHttpServer(metricsHost, metricsPort, registry, new StreamsHealth(app));
        Admin admin = Admin.create(LagOptions.clientConfig(kafka.bootstrapServers, overrides));
        LagExporter lag = ownLag(admin, overrides, config.applicationId(), registry)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.close();
        finished.countDown();
      }, "sitrep-stream-shutdown"));
      if (reset) {
        app.resetToReplayHistory();
      }
      app.start();
      lag.start();
      log.info("extractor {} running; metrics at http://{}:{}/metrics; Ctrl-C stops", extractor.version(),
          metricsHost, server.port());
      finished.await();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failed.get()) {
      log.error("the streams application stopped on a fatal error; see the log above");
      return 1;
    }
    return 0;
  }

  private static void bindStandardMetrics(PrometheusMeterRegistry registry, SitrepStreamsApp app) {
    new KafkaStreamsMetrics(app.kafkaStreams()).bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
  }

  /** The application's own consumer lag, in records and seconds, among its metrics. */
  private LagExporter ownLag(Admin admin, Map<String, String> overrides, String applicationId,
      PrometheusMeterRegistry registry) {
    LagMetrics metrics = new LagMetrics();
    metrics.bindTo(registry);
    LagMonitor monitor = LagOptions.monitorOf(admin, LagOptions.clientConfig(kafka.bootstrapServers, overrides),
        Set.of(applicationId));
    return new LagExporter(monitor, metrics, LagExporter.DEFAULT_INTERVAL);
  }
}
