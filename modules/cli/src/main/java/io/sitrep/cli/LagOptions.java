package io.sitrep.cli;

import io.sitrep.ops.lag.LagEvaluator;
import io.sitrep.ops.lag.LagHistory;
import io.sitrep.ops.lag.LagMonitor;
import io.sitrep.ops.lag.LagSampler;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Option;

/** Which consumer groups to watch and how often to sample them, shared by {@code lag} and {@code monitor}. */
final class LagOptions {

  /** Burrow's evaluation needs a window of samples; ten is its default. */
  static final int WINDOW = 10;

  @Option(names = "--group", paramLabel = "GROUP",
      description = "Consumer group to report (repeatable; default: Sitrep's own and every group reading events.* topics).")
  List<String> groups = List.of();

  @Option(names = "--interval", defaultValue = "5", paramLabel = "SECONDS",
      description = "Seconds between samples (default: ${DEFAULT-VALUE}).")
  int intervalSeconds;

  Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  Admin admin(String bootstrapServers, Map<String, String> overrides) {
    return Admin.create(clientConfig(bootstrapServers, overrides));
  }

  /** A monitor over the chosen groups; an empty choice means discovering them on every sample. */
  LagMonitor monitor(Admin admin, String bootstrapServers, Map<String, String> overrides) {
    return monitorOf(admin, clientConfig(bootstrapServers, overrides), new LinkedHashSet<>(groups));
  }

  /** Settings for Sitrep's Kafka clients: the overrides from the properties file, and where Kafka is. */
  static Map<String, Object> clientConfig(String bootstrapServers, Map<String, String> overrides) {
    Map<String, Object> config = new HashMap<>(overrides);
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return config;
  }

  /** A monitor of the given groups over a window of {@link #WINDOW} samples. */
  static LagMonitor monitorOf(Admin admin, Map<String, Object> clientConfig, Set<String> groups) {
    return new LagMonitor(new LagSampler(admin, clientConfig), new LagHistory(WINDOW), new LagEvaluator(), groups);
  }
}
