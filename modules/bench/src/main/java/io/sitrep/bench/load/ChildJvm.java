package io.sitrep.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the harness starts from its own class path: an instance under test ({@link BenchInstance}) or the broker
 * ({@link BenchBroker}), each apart so that its CPU time, heap and pauses are its own. The child answers on its
 * standard output (one line per answer) and stops when its standard input closes; its log goes to a file.
 */
final class ChildJvm implements AutoCloseable {

  /** The heap a child gets: above the 512 MiB target of an instance, so that a measurement can show whether it is met. */
  static final String MAX_HEAP = "-Xmx1g";

  private final Process process;
  private final BufferedReader replies;
  private final PrintWriter commands;

  private ChildJvm(Process process) {
    this.process = process;
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /**
   * Starts {@code main} with {@code args}; its standard error is appended to {@code log}, and with {@code profile}, a
   * JFR recording of its whole life is written beside the log.
   */
  static ChildJvm start(Class<?> main, List<String> args, Path log, boolean profile) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP));
    if (profile) {
      String name = log.getFileName().toString().replaceFirst("\\.log$", "");
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + log.resolveSibling(name + ".jfr"));
      command.add("-Xlog:jfr+startup=off"); // standard output carries the child's answers only
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    return new ChildJvm(process);
  }

  /** Waits for the child's next answer, which must start with {@code expected}; returns the rest of the line. */
  String await(String expected, Duration timeout) throws IOException {
    String reply = readReply(timeout);
    if (reply == null || !reply.startsWith(expected)) {
      throw new IllegalStateException("a bench child process said " + reply + " where " + expected.trim()
          + " was expected; see its log");
    }
    return reply.substring(expected.length());
  }

  /** Sends a command line to the child. */
  void tell(String command) {
    commands.println(command);
  }

  /** CPU time the child has used so far (all its threads: application, clients, JIT, GC). */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private String readReply(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!replies.ready()) {
      if (!process.isAlive()) {
        return "nothing: it exited with " + process.exitValue();
      }
      if (System.nanoTime() > deadline) {
        return "nothing within " + timeout.toSeconds() + " s";
      }
      sleep(20);
    }
    return replies.readLine();
  }

  /** Closes its standard input, which stops it cleanly; kills it if it has not stopped within a minute. */
  @Override
  public void close() throws InterruptedException {
    commands.close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a bench child process", e);
    }
  }
}
