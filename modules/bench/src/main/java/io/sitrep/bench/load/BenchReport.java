package io.sitrep.bench.load;

import io.sitrep.bench.load.BenchResults.Latency;
import io.sitrep.bench.load.BenchResults.Saturation;
import io.sitrep.bench.load.BenchResults.SubjectRun;
import java.util.Locale;
import java.util.TreeMap;

/** The results as Markdown tables, for the terminal and for docs/benchmarks.md. */
public final class BenchReport {

  private BenchReport() {}

  public static String markdown(BenchResults results) {
    StringBuilder out = new StringBuilder();
    BenchResults.Machine machine = results.machine();
    BenchPlan plan = results.plan();
    out.append(format("Machine: %d cores, %s, %s; instances run with %s; broker %s.%n", machine.cores(), machine.os(),
        machine.java(), machine.instanceHeap(), machine.brokers()));
    out.append(format("Backlog: %,d articles, mean %.0f bytes of text; %d partition(s), %d stream thread(s); latency "
            + "phases of %d s.%n", plan.articles(), machine.meanArticleBytes(), plan.partitions(),
        plan.streamThreads(), plan.latencyPhase().toSeconds()));
    out.append(plan.streamsOverrides().isEmpty() ? "Streams settings: the application's defaults.\n\n"
        : format("Streams settings over the application's defaults: %s.%n%n", new TreeMap<>(plan.streamsOverrides())));

    out.append("| topology | articles/s | MB/s of text | CPU s / 1000 articles | broker CPU s / 1000 articles | heap after GC (MiB) | records expected | read | missing |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectRun run : new SubjectRun[] {results.baseline(), results.sitrep()}) {
      Saturation s = run.saturation();
      out.append(format("| %s | %,.0f | %.2f | %.2f | %s | %.0f | %,d | %,d | %,d |%n", s.subject().label(),
          s.articlesPerSecond(), s.megabytesPerSecond(), s.cpuSecondsPer1000(), brokerCpu(s),
          run.heapAfterGcBytes() / 1048576.0, s.expected(), s.read(), s.missing()));
    }
    out.append(format("%nSitrep / baseline throughput: **%.2f**%n%n", results.ratio()));

    out.append("| topology | load | offered articles/s | events | p50 ms | p95 ms | p99 ms | max ms |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectRun run : new SubjectRun[] {results.baseline(), results.sitrep()}) {
      for (Latency latency : run.latencies()) {
        Percentiles ms = latency.millis();
        out.append(format("| %s | %.0f%% | %,.0f | %,d | %d | %d | %d | %d |%n", run.saturation().subject().label(),
            latency.load() * 100, latency.offeredPerSecond(), ms.count(), ms.p50(), ms.p95(), ms.p99(), ms.max()));
      }
    }

    if (!results.scaling().isEmpty()) {
      out.append(format("%nScaling (Sitrep, %,d articles per run):%n%n", plan.scalingArticles()));
      out.append("| partitions | stream threads | instances | articles/s | MB/s of text | CPU s / 1000 articles | broker CPU s / 1000 articles | complete |\n");
      out.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
      for (Saturation s : results.scaling()) {
        out.append(format("| %d | %d | %d | %,.0f | %.2f | %.2f | %s | %s |%n", s.partitions(), s.threads(),
            s.instances(), s.articlesPerSecond(), s.megabytesPerSecond(), s.cpuSecondsPer1000(), brokerCpu(s),
            s.complete() ? "yes" : "NO"));
      }
    }
    return out.toString();
  }

  private static String brokerCpu(Saturation s) {
    return Double.isNaN(s.brokerCpuSecondsPer1000()) ? "n/a" : format("%.2f", s.brokerCpuSecondsPer1000());
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
