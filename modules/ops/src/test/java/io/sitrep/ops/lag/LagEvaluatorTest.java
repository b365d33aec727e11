package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LagEvaluatorTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final LagEvaluator evaluator = new LagEvaluator(1, 3);

  /** A window of samples 10 s apart. */
  private static List<LagPoint> window(long[] committed, long[] end, boolean assigned) {
    List<LagPoint> points = new ArrayList<>();
    for (int i = 0; i < committed.length; i++) {
      points.add(new LagPoint(T0.plusSeconds(10L * i), committed[i], end[i], assigned));
    }
    return points;
  }

  @Test
  void unmovedOffsetWithoutOwnerIsStop() {
    var window = window(new long[] {10, 10, 10}, new long[] {20, 25, 30}, false);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.STOP);
  }

  @Test
  void unmovedOffsetWithLiveOwnerIsStall() {
    var window = window(new long[] {10, 10, 10}, new long[] {20, 25, 30}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.STALL);
  }

  @Test
  void consumerThatStoppedWhenCaughtUpIsStopOnceLagGrows() {
    var window = window(new long[] {10, 10, 10}, new long[] {10, 15, 20}, false);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.STOP);
  }

  @Test
  void liveConsumerCaughtUpWithinWindowIsOkDespiteGrowingLag() {
    var window = window(new long[] {10, 12, 14}, new long[] {10, 20, 30}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.OK);
  }

  @Test
  void committedOffsetGoingBackwardsIsRewind() {
    var window = window(new long[] {50, 60, 20}, new long[] {100, 110, 120}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.REWIND);
  }

  @Test
  void movingConsumerWhoseLagNeverDecreasesIsWarn() {
    var window = window(new long[] {10, 20, 30}, new long[] {100, 120, 140}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.WARN);
  }

  @Test
  void movingConsumerWhoseLagWentDownOnceIsOk() {
    var window = window(new long[] {10, 50, 60}, new long[] {100, 110, 130}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.OK);
  }

  @Test
  void exactlyOnceConsumerStuckBeforeTheTransactionMarkerIsOk() {
    var window = window(new long[] {100, 100, 100}, new long[] {101, 101, 101}, true);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.OK);
    assertThat(new LagEvaluator(0, 3).evaluate(window)).isEqualTo(PartitionStatus.STALL);
  }

  @Test
  void exactlyOnceConsumerThatShutDownCaughtUpIsOkNotStop() {
    var window = window(new long[] {100, 100, 100}, new long[] {101, 101, 101}, false);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.OK);
  }

  @Test
  void partitionIsNotJudgedBeforeMinSamples() {
    var window = window(new long[] {10, 10}, new long[] {20, 30}, false);
    assertThat(evaluator.evaluate(window)).isEqualTo(PartitionStatus.OK);
    assertThat(new LagEvaluator(1, 2).evaluate(window)).isEqualTo(PartitionStatus.STOP);
  }

  @Test
  void groupTakesItsWorstPartition() {
    assertThat(evaluator.groupStatus(true, List.of(PartitionStatus.OK, PartitionStatus.WARN)))
        .isEqualTo(GroupStatus.WARN);
    for (PartitionStatus error : List.of(PartitionStatus.STALL, PartitionStatus.STOP, PartitionStatus.REWIND)) {
      assertThat(evaluator.groupStatus(true, List.of(PartitionStatus.WARN, error))).isEqualTo(GroupStatus.ERROR);
    }
    assertThat(evaluator.groupStatus(true, List.of(PartitionStatus.OK))).isEqualTo(GroupStatus.OK);
    assertThat(evaluator.groupStatus(false, List.of())).isEqualTo(GroupStatus.NOTFOUND);
  }

  @Test
  void reportCarriesStatusesAndCommitAgeFromHistory() {
    TopicPartition tp = new TopicPartition("events.military", 0);
    LagHistory history = new LagHistory(10);
    long[] ends = {20, 30, 40};
    for (int i = 0; i < ends.length; i++) {
      var sample = new PartitionSample(tp, 10, ends[i], 5.0 * i, false, false);
      history.record(new LagSnapshot(T0.plusSeconds(10L * i), List.of(new GroupSample("g", true, "Empty",
          List.of(sample)))));
    }

    LagReport report = evaluator.report(history);

    assertThat(report.groups()).singleElement().satisfies(group -> {
      assertThat(group.status()).isEqualTo(GroupStatus.ERROR);
      assertThat(group.partitions()).singleElement().satisfies(p -> {
        assertThat(p.status()).isEqualTo(PartitionStatus.STOP);
        assertThat(p.lag()).isEqualTo(30);
        assertThat(p.lagSeconds()).isEqualTo(10.0);
        assertThat(p.commitAgeSeconds()).isEqualTo(20.0);
      });
    });
  }
}
