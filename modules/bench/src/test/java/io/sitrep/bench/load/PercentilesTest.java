package io.sitrep.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void takesTheNearestRank() {
    long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();
    // Shuffled input: the order statistics must not depend on arrival order.
    long[] reversed = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();

    assertThat(Percentiles.of(reversed)).isEqualTo(Percentiles.of(oneToHundred));
    assertThat(Percentiles.of(oneToHundred)).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
  }

  @Test
  void reportsTheOutlierAsP99OfFewSamples() {
    assertThat(Percentiles.of(new long[] {5, 5, 5, 900}).p99()).isEqualTo(900);
  }

  @Test
  void isEmptyForNoSamples() {
    assertThat(Percentiles.of(new long[0]).count()).isZero();
  }
}
