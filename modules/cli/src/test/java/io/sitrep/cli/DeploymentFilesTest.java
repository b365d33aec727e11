package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The deployment files of {@code docker/} (Dockerfile, compose file, Prometheus and Grafana configuration) checked
 * against each other and against the build, since no Docker engine runs where the tests do. Paths are relative to
 * this module's directory, the working directory of Maven's test runs.
 */
class DeploymentFilesTest {

  private static final Path REPO = Path.of("../..");
  private static final Path DOCKER = REPO.resolve("docker");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Metrics that Sitrep exports under these exact names. */
  private static final Set<String> SITREP_METRICS = Set.of(
      "sitrep_articles_in_total", "sitrep_events_out_total", "sitrep_dlq_records_total",
      "sitrep_cluster_merges_total", "sitrep_consumer_lag_records", "sitrep_consumer_lag_seconds",
      "sitrep_consumer_group_status");
  /** Histograms: exported as NAME_bucket, NAME_count, NAME_sum (and NAME_max by Micrometer). */
  private static final Set<String> SITREP_HISTOGRAMS = Set.of("sitrep_extraction_seconds",
      "sitrep_event_latency_seconds");
  private static final List<String> HISTOGRAM_SUFFIXES = List.of("_bucket", "_count", "_sum", "_max");
  /** Micrometer's Kafka Streams and JVM binders. */
  private static final List<String> LIBRARY_PREFIXES = List.of("kafka_stream_", "jvm_");

  private static final List<String> EVENT_TYPES = List.of("airstrike", "shelling", "armed-clash", "bombing",
      "ground-assault", "attack", "withdrawal", "withdrawal-talks", "agreement", "ceasefire", "deployment");
  private static final List<String> APP_INSTANCES = List.of("sitrep-1", "sitrep-2");

  // --- compose.yaml ---------------------------------------------------------------------------------------------

  @Test
  void composeRunsAThreeNodeKafkaClusterTheAppAndItsMonitoring() throws IOException {
    JsonNode services = compose().path("services");

    assertThat(kafkaNodes()).hasSize(3);
    assertThat(fieldNames(services)).contains("topics", "sitrep-1", "sitrep-2", "producer", "monitor",
        "prometheus", "grafana");
  }

  @Test
  void composePinsKafkaImageToTheBuildsKafkaVersion() throws IOException {
    String kafkaVersion = pomProperty("kafka.version");
    List<String> kafkaImages = new ArrayList<>();
    compose().path("services").forEach(service -> {
      String image = service.path("image").asText("");
      if (image.startsWith("apache/kafka:") || image.equals("apache/kafka")) {
        kafkaImages.add(image);
      }
    });

    assertThat(kafkaImages).as("apache/kafka images: the three nodes and the topics service").hasSize(4);
    assertThat(kafkaImages).allSatisfy(image -> assertThat(image).isEqualTo("apache/kafka:" + kafkaVersion));
  }

  @Test
  void composePinsEveryPulledImageToARelease() throws IOException {
    compose().path("services").properties().forEach(service -> {
      String image = service.getValue().path("image").asText("");
      if (!service.getValue().has("build")) {
        assertThat(image).as("image of " + service.getKey()).matches("[^:@]+(:[^:@]*\\d[^:@]*)(@sha256:[0-9a-f]+)?")
            .doesNotContain(":latest");
      }
    });
  }

  @Test
  void kafkaNodesFormOneQuorumOfThreeCombinedBrokerControllers() throws IOException {
    Map<String, JsonNode> nodes = kafkaNodes();
    Set<String> expectedVoters = new TreeSet<>();
    Set<String> nodeIds = new HashSet<>();
    Set<String> clusterIds = new HashSet<>();
    Set<Set<String>> votersSeen = new HashSet<>();
    nodes.forEach((name, node) -> {
      Map<String, String> env = environment(node);
      assertThat(Set.of(env.getOrDefault("KAFKA_PROCESS_ROLES", "").split("\\s*,\\s*")))
          .as("roles of " + name).containsExactlyInAnyOrder("broker", "controller");
      String controllerListener = env.get("KAFKA_CONTROLLER_LISTENER_NAMES");
      String controllerPort = listenerPorts(env.get("KAFKA_LISTENERS")).get(controllerListener);
      assertThat(controllerPort).as("the port of " + name + "'s controller listener " + controllerListener)
          .isNotNull();
      String host = node.path("hostname").asText(name);
      expectedVoters.add(env.get("KAFKA_NODE_ID") + "@" + host + ":" + controllerPort);
      nodeIds.add(env.get("KAFKA_NODE_ID"));
      clusterIds.add(env.get("CLUSTER_ID"));
      votersSeen.add(new TreeSet<>(List.of(env.getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "").split(","))));
    });

    assertThat(nodeIds).as("distinct node ids").hasSize(3);
    assertThat(votersSeen).as("one voter list on every node").containsExactly(expectedVoters);
    assertThat(clusterIds).as("one cluster id on every node").hasSize(1);
    String clusterId = clusterIds.iterator().next();
    assertThat(clusterId).isNotNull();
    assertThat(Base64.getUrlDecoder().decode(clusterId)).as("a cluster id is a base64url UUID").hasSize(16);
  }

  @Test
  void kafkaNodesReplicateThreeWaysWithTwoInSyncAndNeverAutoCreateTopics() throws IOException {
    Map<String, String> expected = Map.of(
        "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false",
        "KAFKA_DEFAULT_REPLICATION_FACTOR", "3",
        "KAFKA_MIN_INSYNC_REPLICAS", "2",
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");

    kafkaNodes().forEach((name, node) ->
        assertThat(environment(node)).as("settings of " + name).containsAllEntriesOf(expected));
  }

  @Test
  void topicsServiceCreatesEveryTopicWithSixPartitionsThreeReplicasAndACompactedClusterTopic() throws IOException {
    JsonNode topics = service("topics");
    String script = String.join("\n", command(topics));
    List<String> names = new ArrayList<>(List.of("articles.raw", "events.military", "events.military.json",
        "events.clustered", "articles.dlq"));
    EVENT_TYPES.forEach(type -> names.add("events.military." + type));

    assertThat(script).contains("kafka-topics.sh", "--create", "--partitions 6", "--replication-factor 3");
    assertThat(names).allSatisfy(name -> assertThat(Pattern.compile("(?<![\\w.-])" + Pattern.quote(name)
        + "(?![\\w.-])").matcher(script).find()).as("creates " + name).isTrue());
    assertThat(script.lines().filter(line -> line.contains("events.clustered")))
        .as("the line creating events.clustered").singleElement().asString().contains("cleanup.policy=compact");
    assertThat(fieldNames(topics.path("depends_on"))).containsAll(kafkaNodes().keySet());
    topics.path("depends_on").forEach(dependency ->
        assertThat(dependency.path("condition").asText()).isEqualTo("service_healthy"));
  }

  @Test
  void appInstancesShareOneApplicationIdButNotTheirStateAndStartOnceTheTopicsExist() throws IOException {
    Set<String> applicationIds = new HashSet<>();
    Set<String> stateVolumes = new HashSet<>();
    for (String name : APP_INSTANCES) {
      JsonNode app = service(name);
      assertThat(command(app)).as("command of " + name).first().isEqualTo("stream");
      applicationIds.add(setting(app, "--application-id", "sitrep"));
      String stateDir = setting(app, "--state-dir", "sitrep-data/streams");
      Volume state = volumes(app).stream().filter(volume -> Path.of(stateDir).startsWith(volume.target()))
          .findFirst().orElseThrow(() -> new AssertionError(name + " mounts no volume at its state dir " + stateDir));
      stateVolumes.add(state.source());
      assertThat(compose().path("volumes").has(state.source())).as(state.source() + " is a named volume").isTrue();
      assertThat(app.path("depends_on").path("topics").path("condition").asText())
          .isEqualTo("service_completed_successfully");
      assertBuildsTheRepositoryDockerfile(name, app);
    }

    assertThat(applicationIds).hasSize(1);
    assertThat(stateVolumes).as("a state volume per instance").hasSize(APP_INSTANCES.size());
  }

  @Test
  void appInstancesKeepAStandbyOfTheirStateOnAnotherInstance() throws IOException {
    for (String name : APP_INSTANCES) {
      JsonNode app = service(name);
      String configPath = environment(app).get("SITREP_CONFIG");
      assertThat(configPath).as(name + "'s SITREP_CONFIG").isNotNull();
      Volume config = volumes(app).stream().filter(volume -> volume.target().equals(configPath)).findFirst()
          .orElseThrow(() -> new AssertionError(name + " mounts nothing at " + configPath));
      Path file = DOCKER.resolve(config.source());
      assertThat(file).isRegularFile();
      Properties properties = new Properties();
      try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      int standbys = Integer.parseInt(properties.getProperty("kafka.num.standby.replicas", "0"));
      assertThat(standbys).isBetween(1, APP_INSTANCES.size() - 1);
    }
  }

  @Test
  void streamThreadsAcrossInstancesDoNotExceedThePartitions() throws IOException {
    Matcher partitions = Pattern.compile("--partitions (\\d+)")
        .matcher(String.join("\n", command(service("topics"))));
    assertThat(partitions.find()).as("the topics service names its partition count").isTrue();
    int topicPartitions = Integer.parseInt(partitions.group(1));

    int threads = 0;
    for (String name : APP_INSTANCES) {
      JsonNode app = service(name);
      threads += Integer.parseInt(setting(app, "--threads", "1"));
      assertThat(setting(app, "--partitions", "3")).as(name + " creates missing topics like the topics service")
          .isEqualTo(String.valueOf(topicPartitions));
    }
    assertThat(threads).as("stream threads of all instances").isBetween(APP_INSTANCES.size(), topicPartitions);
  }

  @Test
  void publishedPortsListenOnLoopbackOnly() throws IOException {
    List<String> published = new ArrayList<>();
    compose().path("services").properties().forEach(service -> service.getValue().path("ports").forEach(port -> {
      published.add(service.getKey() + " " + port);
      assertThat(publishedPort(port).hostIp()).as("host address of " + service.getKey() + "'s port " + port)
          .isEqualTo("127.0.0.1");
    }));

    assertThat(published).as("published ports").hasSizeGreaterThanOrEqualTo(APP_INSTANCES.size() + 3);
  }

  @Test
  void producerReplaysTheMountedSamplesDirectory() throws IOException {
    JsonNode producer = service("producer");
    List<String> command = command(producer);
    assertThat(command).first().isEqualTo("produce");
    String path = command.get(1);
    Volume samples = volumes(producer).stream().filter(volume -> volume.target().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("the producer mounts nothing at " + path));
    Path dir = DOCKER.resolve(samples.source()).normalize();

    List<Path> articles;
    try (Stream<Path> files = Files.list(dir)) {
      articles = files.filter(file -> file.toString().matches(".*\\.(jsonl|json|txt)")).toList();
    }
    assertThat(articles).as("article files in " + dir).isNotEmpty();
    for (Path file : articles) {
      List<String> records = file.toString().endsWith(".jsonl")
          ? Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList()
          : file.toString().endsWith(".json") ? List.of(Files.readString(file)) : List.of();
      for (String record : records) {
        JsonNode article = JSON.readTree(record);
        assertThat(article.path("id").asText()).as("id in " + file).isNotBlank();
        assertThat(article.path("text").asText()).as("text in " + file).isNotBlank();
      }
    }
  }

  // --- Prometheus -------------------------------------------------------------------------------------------------

  @Test
  void prometheusScrapesEveryFiveSecondsTheMetricsPortsThatComposeRuns() throws IOException {
    JsonNode config = YAML.readTree(DOCKER.resolve("prometheus/prometheus.yml").toFile());
    String globalInterval = config.path("global").path("scrape_interval").asText("1m");
    Map<String, String> intervalByTarget = new HashMap<>();
    config.path("scrape_configs").forEach(job -> {
      String interval = job.path("scrape_interval").asText(globalInterval);
      job.path("static_configs").forEach(group -> group.path("targets")
          .forEach(target -> intervalByTarget.put(target.asText(), interval)));
    });
    Map<String, String> expected = new LinkedHashMap<>();
    for (String name : APP_INSTANCES) {
      expected.put(name + ":" + setting(service(name), "--metrics-port", "9400"), "5s");
    }
    expected.put("monitor:" + setting(service("monitor"), "--port", "9401"), "5s");

    assertThat(intervalByTarget).containsAllEntriesOf(expected);
  }

  @Test
  void prometheusLoadsItsConfigurationFromTheMountedDirectory() throws IOException {
    JsonNode prometheus = service("prometheus");
    String configFile = command(prometheus).stream().filter(arg -> arg.startsWith("--config.file="))
        .map(arg -> arg.substring("--config.file=".length())).findFirst().orElse("/etc/prometheus/prometheus.yml");
    Volume mount = volumes(prometheus).stream().filter(volume -> Path.of(configFile).startsWith(volume.target()))
        .findFirst().orElseThrow(() -> new AssertionError("nothing mounted at " + configFile));
    Path onHost = DOCKER.resolve(mount.source()).resolve(Path.of(mount.target()).relativize(Path.of(configFile)));

    assertThat(onHost.normalize()).isEqualTo(DOCKER.resolve("prometheus/prometheus.yml").normalize());
    assertThat(onHost).isRegularFile();
  }

  @Test
  void alertRulesWatchGroupStatusLagDeadLettersReadinessAndInputUsingExportedMetrics() throws IOException {
    JsonNode config = YAML.readTree(DOCKER.resolve("prometheus/prometheus.yml").toFile());
    List<JsonNode> rules = new ArrayList<>();
    assertThat(config.path("rule_files")).as("rule_files").isNotEmpty();
    for (JsonNode ruleFile : config.path("rule_files")) {
      Path file = DOCKER.resolve("prometheus").resolve(ruleFile.asText());
      assertThat(file).as("rule file, relative to prometheus.yml").isRegularFile();
      YAML.readTree(file.toFile()).path("groups").forEach(group -> group.path("rules").forEach(rules::add));
    }
    Set<String> used = new TreeSet<>();
    for (JsonNode rule : rules) {
      String name = rule.path("alert").asText();
      assertThat(name).as("an alerting rule's name").isNotBlank();
      assertThat(rule.path("labels").path("severity").asText()).as("severity of " + name).isNotBlank();
      Set<String> metrics = metricNames(rule.path("expr").asText());
      assertThat(metrics).as("metrics of " + name).isNotEmpty()
          .allSatisfy(metric -> assertThat(metric.equals("up") || isExported(metric)).as(metric).isTrue());
      used.addAll(metrics);
    }

    assertThat(used).contains("sitrep_consumer_group_status", "sitrep_consumer_lag_seconds",
        "sitrep_dlq_records_total", "sitrep_articles_in_total", "up");
  }

  // --- Grafana ----------------------------------------------------------------------------------------------------

  @Test
  void dashboardPanelsQueryOnlyMetricsSitrepExports() throws IOException {
    Map<String, List<String>> expressions = dashboardExpressions();

    assertThat(expressions).as("dashboard panels").isNotEmpty();
    expressions.forEach((panel, exprs) -> {
      assertThat(exprs).as("queries of panel " + panel).isNotEmpty();
      exprs.forEach(expr -> assertThat(metricNames(expr)).as("metrics of " + panel + ": " + expr).isNotEmpty()
          .allSatisfy(metric -> assertThat(isExported(metric)).as(metric + " is exported").isTrue()));
    });
  }

  @Test
  void dashboardShowsThroughputLatencyPercentilesLagDeadLettersAndGroupStatus() throws IOException {
    List<String> exprs = dashboardExpressions().values().stream().flatMap(List::stream).toList();
    String all = String.join("\n", exprs).replaceAll("\\s+", " ");

    assertThat(exprs.stream().flatMap(expr -> metricNames(expr).stream()).collect(Collectors.toSet())).contains(
        "sitrep_articles_in_total", "sitrep_events_out_total", "sitrep_event_latency_seconds_bucket",
        "sitrep_consumer_lag_records", "sitrep_consumer_lag_seconds", "sitrep_dlq_records_total",
        "sitrep_consumer_group_status");
    for (String quantile : List.of("0.5", "0.95", "0.99")) {
      assertThat(exprs).as("p" + quantile).anyMatch(expr -> expr.replace(" ", "")
          .matches("histogram_quantile\\(" + Pattern.quote(quantile) + ",.*sitrep_event_latency_seconds_bucket.*"));
    }
    assertThat(all).contains("by (type) (rate(sitrep_events_out_total", "by (reason) (rate(sitrep_dlq_records_total",
        "by (group) (sitrep_consumer_lag_records)", "by (group) (sitrep_consumer_lag_seconds)",
        "by (group) (sitrep_consumer_group_status)");
  }

  @Test
  void grafanaProvisionsThePrometheusOfComposeAndTheMountedDashboards() throws IOException {
    JsonNode grafana = service("grafana");
    Map<String, String> mounts = volumes(grafana).stream()
        .collect(Collectors.toMap(volume -> volume.target(), volume -> volume.source()));
    assertThat(mounts).containsEntry("/etc/grafana/provisioning", "./grafana/provisioning");
    Path provisioning = DOCKER.resolve("grafana/provisioning");

    List<JsonNode> datasources = new ArrayList<>();
    for (Path file : yamlFiles(provisioning.resolve("datasources"))) {
      YAML.readTree(file.toFile()).path("datasources").forEach(datasources::add);
    }
    assertThat(datasources).as("provisioned data sources").hasSize(1);
    JsonNode datasource = datasources.get(0);
    assertThat(datasource.path("type").asText()).isEqualTo("prometheus");
    assertThat(fieldNames(compose().path("services"))).contains("prometheus");
    assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");

    List<String> providerPaths = new ArrayList<>();
    for (Path file : yamlFiles(provisioning.resolve("dashboards"))) {
      YAML.readTree(file.toFile()).path("providers")
          .forEach(provider -> providerPaths.add(provider.path("options").path("path").asText()));
    }
    assertThat(providerPaths).as("dashboard provider paths").singleElement()
        .satisfies(path -> assertThat(mounts).containsEntry(path, "./grafana/dashboards"));

    JsonNode dashboard = JSON.readTree(DOCKER.resolve("grafana/dashboards/sitrep.json").toFile());
    List<JsonNode> panels = panels(dashboard);
    assertThat(panels).isNotEmpty().allSatisfy(panel -> assertThat(panel.path("datasource").path("uid").asText())
        .as("data source of panel " + panel.path("title").asText()).isEqualTo(datasource.path("uid").asText()));
  }

  // --- Dockerfile ---------------------------------------------------------------------------------------------------

  @Test
  void dockerfileRunsSitrepJarFromAJreAsANonRootUser() throws IOException {
    List<List<Instruction>> stages = dockerfileStages();
    assertThat(stages).as("build and runtime stages").hasSizeGreaterThanOrEqualTo(2);
    List<Instruction> runtime = stages.get(stages.size() - 1);

    assertThat(runtime.get(0).args()).startsWith("eclipse-temurin:17").contains("-jre");
    List<String> users = arguments(runtime, "USER");
    assertThat(users).as("USER of the runtime stage").isNotEmpty();
    String user = users.get(users.size() - 1).split(":")[0];
    assertThat(user).isNotIn("root", "0").matches("[1-9]\\d*|[a-z_][a-z0-9_-]*");

    List<String> entrypoint = JSON.readValue(arguments(runtime, "ENTRYPOINT").get(0), new TypeReference<>() { });
    assertThat(entrypoint).first().isEqualTo("java");
    assertThat(entrypoint.subList(entrypoint.size() - 2, entrypoint.size())).containsExactly("-jar", "/app/sitrep.jar");
    assertThat(arguments(runtime, "COPY")).anySatisfy(copy -> assertThat(copy)
            .matches("--from=\\S+ \\S*modules/cli/target/sitrep\\.jar /app/sitrep\\.jar"))
        .anySatisfy(copy -> assertThat(copy).matches("--from=\\S+ \\S*modules/cli/target/lib/? /app/lib/?"));
    assertThat(List.of(JSON.readValue(arguments(runtime, "CMD").get(0), String[].class))).containsExactly("stream");
    assertThat(String.join(" ", arguments(runtime, "EXPOSE")).split("\\s+"))
        .contains(setting(service("sitrep-1"), "--metrics-port", "9400"));
  }

  @Test
  void dockerfilePinsItsBaseImages() throws IOException {
    List<String> images = dockerfileStages().stream().map(stage -> stage.get(0).args().split("\\s+")[0]).toList();

    assertThat(images).allSatisfy(image -> assertThat(image).matches("[^:@]+:[^:@]*\\d[^:@]*(@sha256:[0-9a-f]+)?")
        .doesNotContain(":latest"));
  }

  @Test
  void dockerfileCopiesEveryModulesPomBeforeTheSourcesAndBuildsTheCli() throws IOException {
    List<Instruction> build = dockerfileStages().get(0);
    List<String> copies = arguments(build, "COPY");
    int sources = copies.indexOf(". .");
    assertThat(sources).as("COPY . . of the sources").isNotNegative();
    List<String> poms = copies.subList(0, sources);

    assertThat(poms).contains("pom.xml ./");
    for (String module : pomModules()) {
      assertThat(poms).as("the pom of " + module + " is copied before the sources")
          .anyMatch(copy -> copy.startsWith(module + "/pom.xml "));
    }
    assertThat(poms).allSatisfy(copy ->
        assertThat(REPO.resolve(copy.split("\\s+")[0])).as("the source of COPY " + copy).exists());
    assertThat(arguments(build, "RUN")).anyMatch(run ->
        run.contains("mvn ") && run.contains("-pl modules/cli -am") && run.contains("package"));
  }

  @Test
  void dockerignoreKeepsBuildOutputGitAndLocalDataOutOfTheContext() throws IOException {
    List<String> patterns = Files.readAllLines(DOCKER.resolve("Dockerfile.dockerignore")).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    assertThat(patterns).contains("**/target", ".git").anyMatch(pattern -> pattern.matches("(\\*\\*/)?sitrep-data/?"));
  }

  // --- The PromQL reader the checks above rely on -----------------------------------------------------------------

  @Test
  void metricNamesOfAQueryLeaveOutFunctionsLabelsDurationsAndKeywords() {
    String query = "histogram_quantile(0.95, sum by (le, job) (rate(foo_seconds_bucket{job=\"a{b}\", le!=\"1\"}"
        + "[$__rate_interval]))) > 1e-3 and on (instance) bar offset 1d or absent(baz) unless sum(qux) without (x)";

    assertThat(metricNames(query)).containsExactlyInAnyOrder("foo_seconds_bucket", "bar", "baz", "qux");
    assertThat(isExported("sitrep_event_latency_seconds_bucket")).isTrue();
    assertThat(isExported("sitrep_events_out_total")).isTrue();
    assertThat(isExported("jvm_memory_used_bytes")).isTrue();
    assertThat(isExported("sitrep_events_total")).isFalse();
    assertThat(isExported("sitrep_articles_in_total_bucket")).isFalse();
  }

  // --- helpers ------------------------------------------------------------------------------------------------------

  private static final Set<String> PROMQL_KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on",
      "ignoring", "group_left", "group_right", "bool", "offset", "inf", "nan", "atan2");

  /** The metric names a PromQL expression selects: what remains once strings, matchers and functions are gone. */
  static Set<String> metricNames(String promQl) {
    String expr = promQl.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'", "\"\"")
        .replaceAll("\\{[^}]*}", " ")
        .replaceAll("\\[[^]]*]", " ")
        .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    Set<String> names = new LinkedHashSet<>();
    Matcher identifier = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(expr);
    while (identifier.find()) {
      String name = identifier.group(1);
      if (identifier.group(2) == null && !PROMQL_KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean isExported(String metric) {
    if (SITREP_METRICS.contains(metric) || LIBRARY_PREFIXES.stream().anyMatch(metric::startsWith)) {
      return true;
    }
    return HISTOGRAM_SUFFIXES.stream().anyMatch(suffix -> metric.endsWith(suffix)
        && SITREP_HISTOGRAMS.contains(metric.substring(0, metric.length() - suffix.length())));
  }

  private static JsonNode compose() throws IOException {
    return YAML.readTree(DOCKER.resolve("compose.yaml").toFile());
  }

  private static JsonNode service(String name) throws IOException {
    JsonNode service = compose().path("services").path(name);
    assertThat(service.isObject()).as("compose service " + name).isTrue();
    return service;
  }

  /** Services that run a Kafka node: the apache/kafka image with KRaft process roles. */
  private static Map<String, JsonNode> kafkaNodes() throws IOException {
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    compose().path("services").properties().forEach(service -> {
      if (service.getValue().path("image").asText("").startsWith("apache/kafka")
          && environment(service.getValue()).containsKey("KAFKA_PROCESS_ROLES")) {
        nodes.put(service.getKey(), service.getValue());
      }
    });
    return nodes;
  }

  private static void assertBuildsTheRepositoryDockerfile(String name, JsonNode service) {
    JsonNode build = service.path("build");
    Path context = DOCKER.resolve(build.isTextual() ? build.asText() : build.path("context").asText(".")).normalize();
    assertThat(context).as(name + "'s build context is the repository root").isEqualTo(REPO.normalize());
    assertThat(context.resolve(build.path("dockerfile").asText("Dockerfile")).normalize())
        .isEqualTo(DOCKER.resolve("Dockerfile").normalize());
  }

  private static Map<String, String> environment(JsonNode service) {
    Map<String, String> env = new LinkedHashMap<>();
    JsonNode node = service.path("environment");
    if (node.isArray()) {
      node.forEach(entry -> {
        String[] pair = entry.asText().split("=", 2);
        env.put(pair[0], pair.length > 1 ? pair[1] : "");
      });
    } else {
      node.properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
    }
    return env;
  }

  private static List<String> command(JsonNode service) {
    JsonNode node = service.path("command");
    if (node.isArray()) {
      List<String> args = new ArrayList<>();
      node.forEach(arg -> args.add(arg.asText()));
      return args;
    }
    return node.isMissingNode() ? List.of() : List.of(node.asText().trim().split("\\s+"));
  }

  private static Optional<String> option(List<String> args, String name) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(name) && i + 1 < args.size()) {
        return Optional.of(args.get(i + 1));
      }
      if (args.get(i).startsWith(name + "=")) {
        return Optional.of(args.get(i).substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** An option of a sitrep service as the command sees it: its flag, else SITREP_OPTION_NAME, else the default. */
  private static String setting(JsonNode service, String option, String defaultValue) {
    String variable = "SITREP_" + option.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
    return option(command(service), option)
        .orElseGet(() -> environment(service).getOrDefault(variable, defaultValue));
  }

  private static Map<String, String> listenerPorts(String listeners) {
    Map<String, String> ports = new HashMap<>();
    for (String listener : listeners == null ? new String[0] : listeners.split(",")) {
      Matcher matcher = Pattern.compile("\\s*([A-Za-z0-9_]+)://[^:]*:(\\d+)\\s*").matcher(listener);
      if (matcher.matches()) {
        ports.put(matcher.group(1), matcher.group(2));
      }
    }
    return ports;
  }

  record Volume(String source, String target) { }

  private static List<Volume> volumes(JsonNode service) {
    List<Volume> volumes = new ArrayList<>();
    service.path("volumes").forEach(volume -> {
      if (volume.isObject()) {
        volumes.add(new Volume(volume.path("source").asText(), volume.path("target").asText()));
      } else {
        String[] parts = volume.asText().split(":");
        volumes.add(parts.length == 1 ? new Volume("", parts[0]) : new Volume(parts[0], parts[1]));
      }
    });
    return volumes;
  }

  record PublishedPort(String hostIp, String published, String target) { }

  private static PublishedPort publishedPort(JsonNode port) {
    if (port.isObject()) {
      return new PublishedPort(port.path("host_ip").asText(""), port.path("published").asText(""),
          port.path("target").asText());
    }
    String[] parts = port.asText().split("/")[0].split(":");
    return switch (parts.length) {
      case 1 -> new PublishedPort("", "", parts[0]);
      case 2 -> new PublishedPort("", parts[0], parts[1]);
      default -> new PublishedPort(String.join(":", List.of(parts).subList(0, parts.length - 2)),
          parts[parts.length - 2], parts[parts.length - 1]);
    };
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
    }
  }

  /** Every panel of the dashboard, those inside rows too. */
  private static List<JsonNode> panels(JsonNode container) {
    List<JsonNode> panels = new ArrayList<>();
    container.path("panels").forEach(panel -> {
      if (panel.path("type").asText().equals("row")) {
        panels.addAll(panels(panel));
      } else {
        panels.add(panel);
      }
    });
    return panels;
  }

  /** The PromQL of every panel, by panel title; the JSON must parse. */
  private static Map<String, List<String>> dashboardExpressions() throws IOException {
    JsonNode dashboard = JSON.readTree(DOCKER.resolve("grafana/dashboards/sitrep.json").toFile());
    Map<String, List<String>> expressions = new LinkedHashMap<>();
    for (JsonNode panel : panels(dashboard)) {
      List<String> exprs = new ArrayList<>();
      panel.path("targets").forEach(target -> exprs.add(target.path("expr").asText()));
      expressions.put(panel.path("id").asText() + " " + panel.path("title").asText(), exprs);
    }
    return expressions;
  }

  private static String pomProperty(String name) throws IOException {
    List<Element> values = children(child(rootPom().getDocumentElement(), "properties"), name);
    assertThat(values).as(name + " in the properties of pom.xml").hasSize(1);
    return values.get(0).getTextContent().trim();
  }

  /** The reactor's modules: project/modules/module (not those of profiles). */
  private static List<String> pomModules() throws IOException {
    List<String> modules = children(child(rootPom().getDocumentElement(), "modules"), "module").stream()
        .map(module -> module.getTextContent().trim()).toList();
    assertThat(modules).as("modules of pom.xml").isNotEmpty();
    return modules;
  }

  private static Element child(Element parent, String name) {
    List<Element> children = children(parent, name);
    assertThat(children).as("<" + name + "> in <" + parent.getTagName() + ">").hasSize(1);
    return children.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }

  private static Document rootPom() throws IOException {
    try (InputStream in = Files.newInputStream(REPO.resolve("pom.xml"))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse pom.xml", e);
    }
  }

  record Instruction(String keyword, String args) { }

  /** The Dockerfile's instructions (continuation lines joined, comments left out), one list per stage. */
  private static List<List<Instruction>> dockerfileStages() throws IOException {
    List<List<Instruction>> stages = new ArrayList<>();
    StringBuilder logical = new StringBuilder();
    for (String line : Files.readAllLines(DOCKER.resolve("Dockerfile"))) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || stripped.isEmpty()) {
        continue;
      }
      if (stripped.endsWith("\\")) {
        logical.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      logical.append(stripped);
      String[] parts = logical.toString().strip().split("\\s+", 2);
      logical.setLength(0);
      Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT),
          parts.length > 1 ? parts[1].replaceAll("\\s+", " ") : "");
      if (instruction.keyword().equals("FROM")) {
        stages.add(new ArrayList<>());
      } else if (stages.isEmpty() && instruction.keyword().equals("ARG")) {
        continue;
      }
      assertThat(stages).as("an instruction before the first FROM: " + instruction).isNotEmpty();
      stages.get(stages.size() - 1).add(instruction);
    }
    return stages;
  }

  private static List<String> arguments(List<Instruction> stage, String keyword) {
    return stage.stream().filter(instruction -> instruction.keyword().equals(keyword)).map(Instruction::args)
        .toList();
  }
}
