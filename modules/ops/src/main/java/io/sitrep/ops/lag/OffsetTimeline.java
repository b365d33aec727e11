package io.sitrep.ops.lag;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * Log-end offsets seen over time per partition, to estimate when a record was written once retention has deleted
 * it: the record at offset o was appended while the end offset crossed o, so its time is interpolated between the
 * two samples around o. A flat run (no new record) keeps only its first and last point, so an idle partition does
 * not use up the budget of points.
 */
final class OffsetTimeline {

  private record Point(Instant at, long endOffset) {}

  private final int maxPoints;
  private final Map<TopicPartition, List<Point>> points = new HashMap<>();

  OffsetTimeline(int maxPoints) {
    this.maxPoints = maxPoints;
  }

  void record(TopicPartition topicPartition, Instant at, long endOffset) {
    List<Point> line = points.computeIfAbsent(topicPartition, tp -> new ArrayList<>());
    int n = line.size();
    if (n >= 2 && line.get(n - 1).endOffset() == endOffset && line.get(n - 2).endOffset() == endOffset) {
      line.set(n - 1, new Point(at, endOffset));
    } else {
      line.add(new Point(at, endOffset));
    }
    if (line.size() > maxPoints) {
      line.remove(0);
    }
  }

  /** Forgets partitions no longer watched. */
  void retain(Set<TopicPartition> watched) {
    points.keySet().retainAll(watched);
  }

  /**
   * When the record at {@code offset} was appended, interpolated; empty when it is older than the first point,
   * in which case {@link #oldest} bounds its age from below.
   */
  Optional<Instant> estimateAppendTime(TopicPartition topicPartition, long offset) {
    List<Point> line = points.getOrDefault(topicPartition, List.of());
    for (int i = 1; i < line.size(); i++) {
      Point before = line.get(i - 1);
      Point after = line.get(i);
      if (before.endOffset() <= offset && offset < after.endOffset()) {
        double fraction = (double) (offset - before.endOffset()) / (after.endOffset() - before.endOffset());
        long spanMillis = Duration.between(before.at(), after.at()).toMillis();
        return Optional.of(before.at().plusMillis(Math.round(fraction * spanMillis)));
      }
    }
    return Optional.empty();
  }

  /** The time of the first point of a partition. */
  Optional<Instant> oldest(TopicPartition topicPartition) {
    List<Point> line = points.getOrDefault(topicPartition, List.of());
    return line.isEmpty() ? Optional.empty() : Optional.of(line.get(0).at());
  }
}
