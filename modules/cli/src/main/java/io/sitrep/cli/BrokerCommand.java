package io.sitrep.cli;

import io.sitrep.broker.EmbeddedBroker;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs a local single-node Kafka broker in the foreground, for people without Docker or a Kafka install. */
@Command(name = "broker", mixinStandardHelpOptions = true,
    description = "Run a real single-node Kafka broker (KRaft) in the foreground until Ctrl-C.")
final class BrokerCommand implements Runnable {

  @Option(names = "--port", defaultValue = "9092", description = "Client port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--data-dir", defaultValue = "sitrep-data/broker",
      description = "Where the broker keeps its log; kept across runs (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Override
  public void run() {
    EmbeddedBroker broker;
    try {
      broker = EmbeddedBroker.start(port, dataDir);
    } catch (RuntimeException e) {
      throw new UserError("cannot start the broker on port " + port + ": " + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      broker.close();
      stopped.countDown();
    }, "sitrep-broker-shutdown"));
    System.out.println("Kafka broker running at " + broker.bootstrapServers() + " with data in " + broker.dataDir()
        + "; Ctrl-C stops it.");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
