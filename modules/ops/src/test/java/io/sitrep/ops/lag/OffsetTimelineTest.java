package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTimelineTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final TopicPartition TP = new TopicPartition("articles.raw", 0);

  @Test
  void interpolatesAppendTimeBetweenTwoSamples() {
    OffsetTimeline timeline = new OffsetTimeline(10);
    timeline.record(TP, T0, 100);
    timeline.record(TP, T0.plusSeconds(10), 200);
    assertThat(timeline.estimateAppendTime(TP, 150)).contains(T0.plusSeconds(5));
  }

  @Test
  void offsetOlderThanEverySampleHasNoEstimateButAnOldestBound() {
    OffsetTimeline timeline = new OffsetTimeline(10);
    timeline.record(TP, T0, 100);
    timeline.record(TP, T0.plusSeconds(10), 200);
    assertThat(timeline.estimateAppendTime(TP, 50)).isEmpty();
    assertThat(timeline.oldest(TP)).contains(T0);
  }

  @Test
  void idleRunKeepsItsFirstAndLastPointSoABurstAfterItIsPlacedRight() {
    OffsetTimeline timeline = new OffsetTimeline(4);
    timeline.record(TP, T0, 100);
    for (int i = 1; i <= 50; i++) {
      timeline.record(TP, T0.plusSeconds(i), 100);
    }
    timeline.record(TP, T0.plusSeconds(60), 200);
    // Without the last point of the idle run, offset 150 would be placed half-way between second 0 and 60.
    assertThat(timeline.estimateAppendTime(TP, 150)).contains(T0.plusSeconds(55));
    assertThat(timeline.oldest(TP)).contains(T0);
  }
}
