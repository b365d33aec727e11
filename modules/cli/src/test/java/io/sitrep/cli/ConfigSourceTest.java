package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ConfigSourceTest {

  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Mixin KafkaOptions kafka;
    @Mixin StreamsOptions streams;

    @Override
    public void run() {}
  }

  @Test
  void flagWinsOverFileWhichWinsOverEnvironmentWhichWinsOverDefault() {
    Properties file = new Properties();
    file.setProperty("bootstrap.servers", "from-file:9092");
    file.setProperty("application.id", "from-file");
    Map<String, String> environment = Map.of(
        "SITREP_BOOTSTRAP_SERVERS", "from-env:9092",
        "SITREP_APPLICATION_ID", "from-env",
        "SITREP_PARTITIONS", "7");
    Probe probe = new Probe();

    new CommandLine(probe).setDefaultValueProvider(new ConfigSource(file, environment))
        .parseArgs("--bootstrap-servers", "from-flag:9092");

    assertThat(probe.kafka.bootstrapServers).isEqualTo("from-flag:9092");
    assertThat(probe.streams.applicationId).isEqualTo("from-file");
    assertThat(probe.streams.partitions).isEqualTo(7);
    assertThat(probe.streams.threads).isEqualTo(1);
  }

  @Test
  void passesKafkaPrefixedKeysToClientsWithoutThePrefix() {
    Properties file = new Properties();
    file.setProperty("kafka.security.protocol", "SSL");
    file.setProperty("bootstrap.servers", "b:9092");

    assertThat(new ConfigSource(file, Map.of()).kafkaOverrides()).containsExactly(Map.entry("security.protocol", "SSL"));
  }

  @Test
  void rejectsABadNumberWithAMessageNamingTheOption() {
    var err = new java.io.StringWriter();
    int exit = new CommandLine(new Probe()).setErr(new java.io.PrintWriter(err))
        .setDefaultValueProvider(new ConfigSource(new Properties(), Map.of("SITREP_PARTITIONS", "many")))
        .execute();

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--partitions").contains("many");
  }
}
