package io.sitrep.bench.load;

import io.sitrep.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bench's Kafka broker in a JVM of its own, so that the harness's garbage collections never pause it and its
 * CPU time can be told apart. It prints {@code READY <bootstrap servers>} once it answers and stops (removing its
 * data) when its standard input closes.
 */
public final class BenchBroker {

  private BenchBroker() {}

  public static void main(String[] args) throws IOException {
    try (EmbeddedBroker broker = EmbeddedBroker.start(0, null)) {
      System.out.println("READY " + broker.bootstrapServers());
      System.out.flush();
      InputStream commands = System.in;
      while (commands.read() != -1) {
        // nothing to do until the harness closes our input
      }
    }
  }
}
