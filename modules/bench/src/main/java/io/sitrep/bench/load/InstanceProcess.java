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
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The harness's handle on a {@link BenchInstance} JVM: start it, wait until it runs, ask its heap, read its CPU time. */
final class InstanceProcess implements AutoCloseable {

  /** The heap an instance gets: above the 512 MiB target, so that the measurement can show whether it is met. */
  static final String MAX_HEAP = "-Xmx1g";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final BufferedReader replies;
  private final PrintWriter commands;

  private InstanceProcess(Process process) {
    this.process = process;
    this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  /**
   * Starts an instance with this JVM's class path; its log (standard error) is appended to {@code log}, and with
   * {@code profile}, a JFR recording of its whole life is written beside it.
   */
  static InstanceProcess start(Subject subject, String bootstrapServers, String topicPrefix, String applicationId,
      int streamThreads, Path stateDir, Path log, boolean profile) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP));
    if (profile) {
      command.add("-XX:StartFlightRecording=settings=profile,filename="
          + log.resolveSibling(stateDir.getFileName() + ".jfr"));
      command.add("-Xlog:jfr+startup=off"); // standard output is the instance's answers to the harness only
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchInstance.class.getName(),
        subject.name().toLowerCase(Locale.ROOT), bootstrapServers, topicPrefix, applicationId,
        Integer.toString(streamThreads), stateDir.toString()));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    return new InstanceProcess(process);
  }

  /** Blocks until the instance's Kafka Streams is RUNNING. */
  void awaitRunning() throws IOException {
    String reply = readReply(START_TIMEOUT);
    if (!"RUNNING".equals(reply)) {
      throw new IllegalStateException("a bench instance did not start (it said " + reply + "); see its log");
    }
  }

  /** Heap in use after a full collection, in bytes. */
  long heapAfterGc() throws IOException {
    commands.println("heap");
    String reply = readReply(Duration.ofSeconds(60));
    if (reply == null || !reply.startsWith("HEAP ")) {
      throw new IllegalStateException("a bench instance did not report its heap (it said " + reply + ")");
    }
    return Long.parseLong(reply.substring("HEAP ".length()));
  }

  /** CPU time the instance's process has used so far (all its threads: stream threads, clients, JIT, GC). */
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
      throw new IllegalStateException("interrupted while waiting for a bench instance", e);
    }
  }
}
