package io.sitrep.cli;

import io.sitrep.bench.load.BenchPlan;
import io.sitrep.bench.load.BenchReport;
import io.sitrep.bench.load.BenchResults;
import io.sitrep.bench.load.LatencyChart;
import io.sitrep.bench.load.LoadHarness;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The load harness: Sitrep against a passthrough baseline on one broker, with a report and a latency chart. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the Sitrep topology against a passthrough baseline (same topics, serdes and exactly-once,",
        "no extraction) on one broker: throughput at saturation, end-to-end latency at 25/50/75% of it, CPU per",
        "article, heap after GC, and a scaling table. Writes report.md and latency.svg to --output.",
        "Exit 1 if either topology failed to deliver every expected record."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "A smoke run on little data, under two minutes, without the scaling table.")
  boolean quick;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
      description = "Kafka brokers to measure on (default: a broker started for the run, in a JVM of its own).")
  String bootstrapServers;

  @Option(names = "--articles", paramLabel = "N", description = "Articles in the backlog each topology drains "
      + "(default: 20000, or 1000 with --quick).")
  Integer articles;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the article topic (default: 2).")
  Integer partitions;

  @Option(names = "--threads", paramLabel = "N", description = "Stream threads per instance (default: 1).")
  Integer threads;

  @Option(names = "--latency-seconds", paramLabel = "S",
      description = "How long articles are offered at each load (default: 20, or 3 with --quick).")
  Integer latencySeconds;

  @Option(names = "--scaling-articles", paramLabel = "N",
      description = "Articles per run of the scaling table; 0 leaves it out (default: 10000, or 0 with --quick).")
  Integer scalingArticles;

  @Option(names = "--streams-config", paramLabel = "KEY=VALUE",
      description = "A Kafka Streams setting for the instances of both topologies, e.g. commit.interval.ms=50 (repeatable).")
  Map<String, String> streamsOverrides = new LinkedHashMap<>();

  @Option(names = "--profile", description = "Record a JFR profile of each instance under test, beside its log in --output.")
  boolean profile;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "sitrep-data/bench",
      description = "Where the report, the chart and the instances' logs go (default: ${DEFAULT-VALUE}).")
  Path output;

  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws IOException, InterruptedException {
    BenchPlan plan = plan();
    Files.createDirectories(output);
    BenchResults results = bootstrapServers != null
        ? new LoadHarness(bootstrapServers, plan, output, System.err).run()
        : LoadHarness.runOnOwnBroker(plan, output, System.err);
    String report = BenchReport.markdown(results);
    Files.writeString(output.resolve("report.md"), report);
    Files.writeString(output.resolve("latency.svg"), LatencyChart.svg(results));
    out.print(report);
    out.println();
    out.println("Written: " + output.resolve("report.md") + ", " + output.resolve("latency.svg"));
    if (!results.complete()) {
      throw new UserError("a topology did not deliver every expected record exactly once; see the tables above", 1);
    }
    return 0;
  }

  private BenchPlan plan() {
    BenchPlan defaults = quick ? BenchPlan.quick() : BenchPlan.full();
    try {
      return plan(defaults);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
  }

  private BenchPlan plan(BenchPlan defaults) {
    return new BenchPlan(
        articles != null ? articles : defaults.articles(),
        partitions != null ? partitions : defaults.partitions(),
        threads != null ? threads : defaults.streamThreads(),
        defaults.loads(),
        latencySeconds != null ? Duration.ofSeconds(latencySeconds) : defaults.latencyPhase(),
        scalingArticles != null ? scalingArticles : defaults.scalingArticles(),
        defaults.seed(),
        profile,
        streamsOverrides);
  }
}
