package io.sitrep.ops.lag;

import java.time.Instant;
import java.util.List;

/** The evaluated lag of some consumer groups: rows for a table, a JSON document or gauges. */
public record LagReport(Instant takenAt, List<GroupLag> groups) {

  public LagReport {
    groups = List.copyOf(groups);
  }

  /**
   * One group's verdict and its partitions.
   *
   * @param group the group id
   * @param status the worst of its partitions' statuses, or NOTFOUND
   * @param state the coordinator's group state (Stable, Empty, ...)
   * @param partitions one row per partition the group committed an offset for, sorted by topic and partition
   */
  public record GroupLag(String group, GroupStatus status, String state, List<PartitionLag> partitions) {

    public GroupLag {
      partitions = List.copyOf(partitions);
    }

    /** The group's total lag in records. */
    public long totalLag() {
      return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }

    /** The group's largest lag in seconds. */
    public double maxLagSeconds() {
      return partitions.stream().mapToDouble(PartitionLag::lagSeconds).max().orElse(0);
    }
  }

  /**
   * One partition of one group.
   *
   * @param topic the topic
   * @param partition the partition number
   * @param committedOffset the group's committed offset
   * @param logEndOffset the partition's high watermark
   * @param lag records between the two
   * @param lagSeconds age of the record at the committed offset; 0 when nothing is left to read
   * @param lagSecondsEstimated true when that record was deleted and the age was interpolated
   * @param commitAgeSeconds seconds since the committed offset was first seen at its current value (a lower bound)
   * @param status Burrow's verdict over the window
   */
  public record PartitionLag(
      String topic,
      int partition,
      long committedOffset,
      long logEndOffset,
      long lag,
      double lagSeconds,
      boolean lagSecondsEstimated,
      double commitAgeSeconds,
      PartitionStatus status) {}
}
