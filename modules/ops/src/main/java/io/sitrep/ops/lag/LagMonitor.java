package io.sitrep.ops.lag;

import java.util.Set;

/**
 * Samples, remembers and evaluates, one step per call: what {@code sitrep lag} and the exporter repeat on an
 * interval. With no explicit groups it rediscovers Sitrep's groups on every step, so new consumers show up.
 */
public final class LagMonitor {

  private final LagSampler sampler;
  private final LagHistory history;
  private final LagEvaluator evaluator;
  private final Set<String> groups;

  /**
   * @param groups the groups to watch; empty to watch {@link LagSampler#discoverGroups()}
   */
  public LagMonitor(LagSampler sampler, LagHistory history, LagEvaluator evaluator, Set<String> groups) {
    this.sampler = sampler;
    this.history = history;
    this.evaluator = evaluator;
    this.groups = Set.copyOf(groups);
  }

  /** Takes one sample, adds it to the history and evaluates the windows. */
  public LagReport step() {
    Set<String> watched = groups.isEmpty() ? sampler.discoverGroups() : groups;
    history.record(sampler.sample(watched));
    return evaluator.report(history);
  }
}
