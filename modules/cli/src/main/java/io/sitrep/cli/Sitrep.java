package io.sitrep.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: one entry point, a subcommand per job. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepVersion.class,
    description = "Real-time military-event extraction from news articles on Apache Kafka.",
    footer = {"",
        "Settings come from flags, then the properties file (--config FILE, $SITREP_CONFIG or ./sitrep.properties),",
        "then environment variables (SITREP_BOOTSTRAP_SERVERS for --bootstrap-servers), then defaults.",
        "Keys prefixed 'kafka.' in the properties file are passed to Kafka clients as they are."},
    subcommands = {
        DemoCommand.class,
        BrokerCommand.class,
        ProduceCommand.class,
        StreamCommand.class,
        TailCommand.class,
        ExtractCommand.class,
        EvalCommand.class,
        TrainCommand.class,
        LagCommand.class,
        MonitorCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Sitrep implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(Sitrep.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "Properties file with settings (flags win over it, it wins over the environment).")
  private java.nio.file.Path configFile;

  private final ConfigSource config;

  Sitrep(ConfigSource config) {
    this.config = config;
  }

  /** Settings that no flag names: Kafka client overrides from the properties file. */
  ConfigSource config() {
    return config;
  }

  public static void main(String[] args) {
    System.exit(commandLine(ConfigSource.load(args, System.getenv())).execute(args));
  }

  /** The configured command line, for main and for tests. */
  static CommandLine commandLine(ConfigSource config) {
    CommandLine commandLine = new CommandLine(new Sitrep(config));
    commandLine.setDefaultValueProvider(config);
    commandLine.setExecutionExceptionHandler((error, cl, parseResult) -> {
      // A person gets one line; the stack trace is for the log at debug.
      PrintWriter err = cl.getErr();
      err.println("sitrep " + cl.getCommandName() + ": " + (error instanceof UserError ? error.getMessage() : error.toString()));
      err.flush();
      log.debug("command failed", error);
      return error instanceof UserError userError ? userError.exitCode() : 1;
    });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
