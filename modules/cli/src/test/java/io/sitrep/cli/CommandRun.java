package io.sitrep.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** Runs the sitrep command line in this JVM and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      var commandLine = Sitrep.commandLine(new ConfigSource(new Properties(), Map.of()));
      commandLine.setOut(new java.io.PrintWriter(System.out, true));
      commandLine.setErr(new java.io.PrintWriter(System.err, true));
      int exit = commandLine.execute(args);
      return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
