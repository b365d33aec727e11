package io.sitrep.ops.lag;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * A sliding window of the last N samples of each group-partition, and when each committed offset last moved.
 * A group-partition that drops out of a snapshot (offsets deleted, group gone) is forgotten, so memory stays
 * bounded by what the latest snapshot holds.
 */
public final class LagHistory {

  private record Key(String group, TopicPartition topicPartition) {}

  private final int windowSize;
  private final Map<Key, Deque<LagPoint>> windows = new HashMap<>();
  private final Map<Key, Instant> committedMovedAt = new HashMap<>();
  private LagSnapshot latest;

  /** @param windowSize how many samples each window keeps (Burrow's default is 10) */
  public LagHistory(int windowSize) {
    if (windowSize < 2) {
      throw new IllegalArgumentException("windowSize must be at least 2, was " + windowSize);
    }
    this.windowSize = windowSize;
  }

  /** Adds a snapshot: each of its partitions gets a new point, the oldest point beyond the window drops out. */
  public synchronized void record(LagSnapshot snapshot) {
    Set<Key> seen = new HashSet<>();
    for (GroupSample group : snapshot.groups()) {
      for (PartitionSample sample : group.partitions()) {
        Key key = new Key(group.group(), sample.topicPartition());
        seen.add(key);
        Deque<LagPoint> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        LagPoint previous = window.peekLast();
        // The first sighting counts as a move: before it we know nothing, so the age is a lower bound.
        if (previous == null || previous.committedOffset() != sample.committedOffset()) {
          committedMovedAt.put(key, snapshot.takenAt());
        }
        window.addLast(new LagPoint(snapshot.takenAt(), sample.committedOffset(), sample.logEndOffset(),
            sample.assigned()));
        while (window.size() > windowSize) {
          window.removeFirst();
        }
      }
    }
    windows.keySet().retainAll(seen);
    committedMovedAt.keySet().retainAll(seen);
    latest = snapshot;
  }

  /** The window of a group-partition, oldest first; empty when it was not in the latest snapshot. */
  public synchronized List<LagPoint> window(String group, TopicPartition topicPartition) {
    Deque<LagPoint> window = windows.get(new Key(group, topicPartition));
    return window == null ? List.of() : List.copyOf(window);
  }

  /** When the group's committed offset on this partition was first seen at its current value. */
  public synchronized Optional<Instant> committedMovedAt(String group, TopicPartition topicPartition) {
    return Optional.ofNullable(committedMovedAt.get(new Key(group, topicPartition)));
  }

  /** The last snapshot recorded. */
  public synchronized Optional<LagSnapshot> latest() {
    return Optional.ofNullable(latest);
  }
}
