package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagHistoryTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final TopicPartition TP = new TopicPartition("events.military", 0);

  private static LagSnapshot snapshot(int second, String group, long committed, long end) {
    return new LagSnapshot(T0.plusSeconds(second), List.of(new GroupSample(group, true, "Stable",
        List.of(new PartitionSample(TP, committed, end, 0, false, true)))));
  }

  @Test
  void windowKeepsOnlyTheLastSamples() {
    LagHistory history = new LagHistory(3);
    for (int i = 0; i < 5; i++) {
      history.record(snapshot(i, "g", i, 10));
    }
    assertThat(history.window("g", TP)).extracting(LagPoint::committedOffset).containsExactly(2L, 3L, 4L);
  }

  @Test
  void commitMovedAtIsWhenTheOffsetLastChanged() {
    LagHistory history = new LagHistory(10);
    history.record(snapshot(0, "g", 5, 10));
    history.record(snapshot(10, "g", 7, 10));
    history.record(snapshot(20, "g", 7, 12));
    assertThat(history.committedMovedAt("g", TP)).contains(T0.plusSeconds(10));
  }

  @Test
  void partitionsMissingFromASnapshotAreForgotten() {
    LagHistory history = new LagHistory(10);
    history.record(snapshot(0, "old", 5, 10));
    history.record(snapshot(10, "new", 5, 10));
    assertThat(history.window("old", TP)).isEmpty();
    assertThat(history.committedMovedAt("old", TP)).isEmpty();
    assertThat(history.window("new", TP)).hasSize(1);
  }
}
