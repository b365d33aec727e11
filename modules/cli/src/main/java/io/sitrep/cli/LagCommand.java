package io.sitrep.cli;

import io.sitrep.ops.lag.LagJson;
import io.sitrep.ops.lag.LagMonitor;
import io.sitrep.ops.lag.LagReport;
import io.sitrep.ops.lag.LagSamplingException;
import io.sitrep.ops.lag.LagTable;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Consumer lag per group and partition, in records and seconds, with a Burrow-style status. */
@Command(name = "lag", mixinStandardHelpOptions = true,
    description = {"Consumer lag of Sitrep's group and of every group reading its event topics: committed and end",
        "offsets, lag in records and seconds, age of the last commit, and a status per partition and group (Burrow's",
        "rules: OK, WARN, STALL, STOP, REWIND; exactly-once groups may sit one record behind a transaction marker)."})
final class LagCommand implements Callable<Integer> {

  /** A status needs a few samples to tell a moving consumer from a stuck one. */
  private static final int SAMPLES_BEFORE_REPORT = 3;

  @ParentCommand Sitrep parent;
  @Mixin KafkaOptions kafka;
  @Mixin LagOptions lag;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--watch", description = "Keep sampling and reprint the report after every sample, until Ctrl-C.")
  boolean watch;

  @Override
  public Integer call() throws InterruptedException {
    var overrides = parent.config().kafkaOverrides();
    try (Admin admin = lag.admin(kafka.bootstrapServers, overrides)) {
      LagMonitor monitor = lag.monitor(admin, kafka.bootstrapServers, overrides);
      LagReport report = null;
      for (int sample = 1; sample <= SAMPLES_BEFORE_REPORT || watch; sample++) {
        report = monitor.step();
        if (watch && sample >= SAMPLES_BEFORE_REPORT) {
          print(report);
        }
        if (sample < SAMPLES_BEFORE_REPORT || watch) {
          Thread.sleep(lag.interval().toMillis());
        }
      }
      print(report);
      return 0;
    } catch (LagSamplingException e) {
      throw new UserError(e.getMessage());
    }
  }

  private void print(LagReport report) {
    System.out.println(json ? new LagJson().render(report) : new LagTable().render(report));
  }
}
