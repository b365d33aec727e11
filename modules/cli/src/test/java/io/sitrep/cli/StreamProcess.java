package io.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code sitrep stream} as a separate JVM, from the jar this module packages, so that a test can SIGKILL it. */
final class StreamProcess implements AutoCloseable {

  private static final Path JAR = Path.of("target", "sitrep.jar");
  private final Process process;

  private StreamProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts {@code java -jar target/sitrep.jar stream ARGS}; its output goes to {@code log} (appended, so that the
   * runs of one test read as one story).
   */
  static StreamProcess start(Path log, String... args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: fault tests run after `mvn package`");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString(), "stream"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new StreamProcess(builder.start());
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no commit, no transaction abort; what a crash or an OOM killer does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as an orchestrator stops a service; waits for the clean shutdown. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
