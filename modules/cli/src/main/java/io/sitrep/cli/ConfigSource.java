package io.sitrep.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a setting comes from when no flag gives it: the properties file, then the environment, then the option's
 * own default. {@code --bootstrap-servers} is {@code bootstrap.servers} in the file and
 * {@code SITREP_BOOTSTRAP_SERVERS} in the environment.
 */
final class ConfigSource implements IDefaultValueProvider {

  private static final String KAFKA_PREFIX = "kafka.";

  private final Properties file;
  private final Map<String, String> environment;

  ConfigSource(Properties file, Map<String, String> environment) {
    this.file = file;
    this.environment = environment;
  }

  /** Finds the properties file ({@code --config FILE}, {@code $SITREP_CONFIG}, or {@code ./sitrep.properties}). */
  static ConfigSource load(String[] args, Map<String, String> environment) {
    Path path = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        path = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--config=")) {
        path = Path.of(args[i].substring("--config=".length()));
      }
    }
    if (path == null && environment.containsKey("SITREP_CONFIG")) {
      path = Path.of(environment.get("SITREP_CONFIG"));
    }
    Properties properties = new Properties();
    if (path == null && Files.isRegularFile(Path.of("sitrep.properties"))) {
      path = Path.of("sitrep.properties");
    }
    if (path != null) {
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UserError("cannot read the properties file " + path + ": " + e.getMessage());
      }
    }
    return new ConfigSource(properties, environment);
  }

  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!(argSpec instanceof OptionSpec option) || option.longestName().equals("--config")) {
      return null;
    }
    String key = option.longestName().replaceFirst("^--", "").replace('-', '.');
    String fromFile = file.getProperty(key);
    if (fromFile != null) {
      return fromFile;
    }
    String fromEnvironment = environment.get("SITREP_" + key.replace('.', '_').toUpperCase(Locale.ROOT));
    return fromEnvironment != null ? fromEnvironment : option.defaultValue();
  }

  /** Settings for Kafka clients given in the file as {@code kafka.<setting>}, without the prefix. */
  Map<String, String> kafkaOverrides() {
    Map<String, String> overrides = new TreeMap<>();
    for (String name : file.stringPropertyNames()) {
      if (name.startsWith(KAFKA_PREFIX)) {
        overrides.put(name.substring(KAFKA_PREFIX.length()), file.getProperty(name));
      }
    }
    return overrides;
  }
}
