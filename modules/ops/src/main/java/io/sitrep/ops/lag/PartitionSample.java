package io.sitrep.ops.lag;

import org.apache.kafka.common.TopicPartition;

/**
 * One group's position on one partition at one sampling instant.
 *
 * @param topicPartition the partition
 * @param committedOffset the group's committed offset: the next record it will read
 * @param logEndOffset the partition's high watermark when sampled
 * @param lagSeconds how long ago the record at the committed offset was written; 0 when nothing is left to read
 * @param lagSecondsEstimated true when that record was already deleted and the age comes from interpolation
 * @param assigned true when a live member of the group owns the partition: false means nobody will commit it
 */
public record PartitionSample(
    TopicPartition topicPartition,
    long committedOffset,
    long logEndOffset,
    double lagSeconds,
    boolean lagSecondsEstimated,
    boolean assigned) {

  /** Records between the committed offset and the end of the log (never negative). */
  public long lag() {
    return Math.max(0, logEndOffset - committedOffset);
  }
}
