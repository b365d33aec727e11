package io.sitrep.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (one process acting as broker and controller), run in this JVM
 * from Kafka's own server jars: the same code as a production broker, without Docker or a download.
 */
public final class EmbeddedBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Path dataDir;
  private final boolean deleteDataDirOnClose;

  private EmbeddedBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir, boolean deleteOnClose) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.dataDir = dataDir;
    this.deleteDataDirOnClose = deleteOnClose;
  }

  /**
   * Formats the data directory if it is new (a formatted one keeps its cluster id), starts the broker and returns once it answers a metadata request.
   *
   * @param port the client port, or 0 for a free one
   * @param dataDir where the log lives, or null for a temporary directory removed on {@link #close()}
   */
  public static EmbeddedBroker start(int port, Path dataDir) {
    boolean temporary = dataDir == null;
    try {
      Path dir = temporary ? Files.createTempDirectory("sitrep-broker-") : Files.createDirectories(dataDir);
      int clientPort = port == 0 ? freePortOtherThan(-1) : port;
      int controllerPort = freePortOtherThan(clientPort);
      Properties props = serverProperties(dir, clientPort, controllerPort);
      if (!Files.exists(dir.resolve("log").resolve("meta.properties"))) {
        format(dir, props);
      }
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      String bootstrap = "localhost:" + clientPort;
      EmbeddedBroker broker = new EmbeddedBroker(server, bootstrap, dir, temporary);
      try {
        awaitReady(bootstrap);
      } catch (RuntimeException e) {
        broker.close();
        throw e;
      }
      log.info("Kafka broker ready on {} with data in {}", bootstrap, dir);
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the broker's data directory", e);
    }
  }

  /** The {@code bootstrap.servers} value for clients of this broker. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Where the broker keeps its log and metadata. */
  public Path dataDir() {
    return dataDir;
  }

  /** Stops the broker, waits for it to finish, and removes a temporary data directory. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    if (deleteDataDirOnClose) {
      deleteRecursively(dataDir);
    }
    log.info("Kafka broker on {} stopped", bootstrapServers);
  }

  private static Properties serverProperties(Path dir, int clientPort, int controllerPort) {
    Properties props = new Properties();
    props.putAll(Map.ofEntries(
        Map.entry("process.roles", "broker,controller"),
        Map.entry("node.id", "1"),
        Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
        Map.entry("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort),
        Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + clientPort),
        Map.entry("controller.listener.names", "CONTROLLER"),
        Map.entry("inter.broker.listener.name", "PLAINTEXT"),
        Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
        Map.entry("log.dirs", dir.resolve("log").toString()),
        // One node: internal topics cannot have more than one replica.
        Map.entry("offsets.topic.replication.factor", "1"),
        Map.entry("transaction.state.log.replication.factor", "1"),
        Map.entry("transaction.state.log.min.isr", "1"),
        Map.entry("share.coordinator.state.topic.replication.factor", "1"),
        Map.entry("share.coordinator.state.topic.min.isr", "1"),
        Map.entry("group.initial.rebalance.delay.ms", "0"),
        // Topics are created on purpose, with the partitions asked for, never by a typo in a client.
        Map.entry("auto.create.topics.enable", "false")));
    return props;
  }

  private static void format(Path dir, Properties props) throws IOException {
    Path config = dir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(config)) {
      props.store(out, "written by Sitrep's embedded broker");
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
    int status;
    try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      status = StorageTool.execute(args, printer);
    }
    if (status != 0) {
      throw new IllegalStateException("formatting the broker storage failed: " + output.toString(StandardCharsets.UTF_8));
    }
  }

  private static void awaitReady(String bootstrap) {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      while (true) {
        try {
          admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          return;
        } catch (ExecutionException | TimeoutException e) {
          if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("the broker did not become ready within " + READY_TIMEOUT, e);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
      }
    }
  }

  /** A port free now and other than {@code taken}: the system may hand out a port it has just handed out. */
  private static int freePortOtherThan(int taken) throws IOException {
    while (true) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("localhost", 0));
        if (socket.getLocalPort() != taken) {
          return socket.getLocalPort();
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      log.warn("could not remove {}: {}", dir, e.getMessage());
    }
  }
}
