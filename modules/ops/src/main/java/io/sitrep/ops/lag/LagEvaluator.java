package io.sitrep.ops.lag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Burrow's consumer-lag evaluation rules, applied to a window of periodic samples.
 *
 * <p>Burrow judges a partition on its last N offset commits; the Admin API shows only the current committed
 * offset, so here the window is the last N samples (taken every few seconds) of {@link LagHistory}, and "the
 * consumer committed" means "the committed offset moved". Burrow tells a dead consumer from a stuck one by the
 * time since its last commit; a stuck consumer re-committing the same offset looks dead to periodic sampling, so
 * here group membership tells them apart. The rules, first match wins:
 *
 * <ol>
 *   <li>Current lag at most {@code allowedLag}: OK. The allowed lag is 1 by default because exactly-once
 *       consumers commit the offset after their last record, and the transaction marker after it occupies an
 *       offset they never commit past: without it a caught-up Kafka Streams app would show lag 1 forever.
 *   <li>Fewer than {@code minSamples} samples: OK, there is no trend to judge yet.
 *   <li>STOP: the offset has not moved across the whole window and no live member owns the partition: nothing will
 *       ever commit it again (the consumer closed or crashed), while lag remains.
 *   <li>Lag at most {@code allowedLag} at any point in the window: OK; the consumer keeps up, a burst came after.
 *   <li>REWIND: the committed offset went backwards between two samples (a reset or a replay).
 *   <li>STALL: the offset has not moved across the whole window, lag remains, and a live member still owns the
 *       partition: the consumer runs but makes no progress (a poison record, a blocked call, a retry loop).
 *   <li>WARN: the offset moves, but the lag never went down between two samples: the consumer falls behind.
 *   <li>Otherwise OK.
 * </ol>
 *
 * <p>A group is ERROR when any partition is STALL, STOP or REWIND, WARN when any is WARN, NOTFOUND when the broker
 * knows neither the group nor its offsets, else OK.
 */
public final class LagEvaluator {

  private final long allowedLag;
  private final int minSamples;

  /**
   * @param allowedLag lag (records) that still counts as caught up; 1 for exactly-once consumers
   * @param minSamples samples needed before a partition can be judged other than OK (at least 2)
   */
  public LagEvaluator(long allowedLag, int minSamples) {
    if (allowedLag < 0) {
      throw new IllegalArgumentException("allowedLag must be >= 0, was " + allowedLag);
    }
    if (minSamples < 2) {
      throw new IllegalArgumentException("minSamples must be >= 2, was " + minSamples);
    }
    this.allowedLag = allowedLag;
    this.minSamples = minSamples;
  }

  /** Burrow's defaults adapted to sampling: allowed lag 1, three samples before judging. */
  public LagEvaluator() {
    this(1, 3);
  }

  /** The status of one partition given its window, oldest sample first. */
  public PartitionStatus evaluate(List<LagPoint> window) {
    if (window.isEmpty() || caughtUp(window.get(window.size() - 1))) {
      return PartitionStatus.OK;
    }
    if (window.size() < minSamples) {
      return PartitionStatus.OK;
    }
    LagPoint last = window.get(window.size() - 1);
    boolean offsetStill = window.stream().allMatch(p -> p.committedOffset() == last.committedOffset());
    if (offsetStill && !last.assigned()) {
      return PartitionStatus.STOP;
    }
    if (window.stream().anyMatch(this::caughtUp)) {
      return PartitionStatus.OK;
    }
    if (rewound(window)) {
      return PartitionStatus.REWIND;
    }
    if (offsetStill) {
      return PartitionStatus.STALL;
    }
    if (lagNeverDecreased(window)) {
      return PartitionStatus.WARN;
    }
    return PartitionStatus.OK;
  }

  /** The status of a group from its partitions' statuses. */
  public GroupStatus groupStatus(boolean found, Collection<PartitionStatus> partitions) {
    if (!found) {
      return GroupStatus.NOTFOUND;
    }
    if (partitions.stream().anyMatch(s -> s == PartitionStatus.STOP || s == PartitionStatus.STALL
        || s == PartitionStatus.REWIND)) {
      return GroupStatus.ERROR;
    }
    return partitions.contains(PartitionStatus.WARN) ? GroupStatus.WARN : GroupStatus.OK;
  }

  /** Evaluates every group-partition of the history's latest snapshot; an empty report before the first one. */
  public LagReport report(LagHistory history) {
    LagSnapshot snapshot = history.latest().orElse(null);
    if (snapshot == null) {
      return new LagReport(Instant.EPOCH, List.of());
    }
    List<LagReport.GroupLag> groups = new ArrayList<>();
    for (GroupSample group : snapshot.groups()) {
      List<LagReport.PartitionLag> rows = new ArrayList<>();
      for (PartitionSample sample : group.partitions()) {
        var tp = sample.topicPartition();
        PartitionStatus status = evaluate(history.window(group.group(), tp));
        double commitAge = history.committedMovedAt(group.group(), tp)
            .map(moved -> Duration.between(moved, snapshot.takenAt()).toMillis() / 1000.0)
            .orElse(0.0);
        rows.add(new LagReport.PartitionLag(tp.topic(), tp.partition(), sample.committedOffset(),
            sample.logEndOffset(), sample.lag(), sample.lagSeconds(), sample.lagSecondsEstimated(), commitAge, status));
      }
      rows.sort(Comparator.comparing(LagReport.PartitionLag::topic).thenComparingInt(LagReport.PartitionLag::partition));
      GroupStatus status = groupStatus(group.found(), rows.stream().map(LagReport.PartitionLag::status).toList());
      groups.add(new LagReport.GroupLag(group.group(), status, group.state(), rows));
    }
    groups.sort(Comparator.comparing(LagReport.GroupLag::group));
    return new LagReport(snapshot.takenAt(), groups);
  }

  private boolean caughtUp(LagPoint point) {
    return point.lag() <= allowedLag;
  }

  private static boolean rewound(List<LagPoint> window) {
    for (int i = 1; i < window.size(); i++) {
      if (window.get(i).committedOffset() < window.get(i - 1).committedOffset()) {
        return true;
      }
    }
    return false;
  }

  private static boolean lagNeverDecreased(List<LagPoint> window) {
    for (int i = 1; i < window.size(); i++) {
      if (window.get(i).lag() < window.get(i - 1).lag()) {
        return false;
      }
    }
    return true;
  }
}
