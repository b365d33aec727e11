package io.sitrep.extraction.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureVectorTest {

  @Test
  void hashesANameToTheSameBucketInRangeEveryTime() {
    int index = FeatureVector.index("type=AIRSTRIKE", 1 << 18);
    assertThat(index).isBetween(1, 1 << 18).isEqualTo(FeatureVector.index("type=AIRSTRIKE", 1 << 18));
    assertThat(FeatureVector.index("type=SHELLING", 1 << 18)).isNotEqualTo(index);
  }

  @Test
  void keepsEachFeatureOnceInAscendingOrder() {
    FeatureVector.Builder builder = new FeatureVector.Builder(1 << 18);
    builder.add("b");
    builder.add("a");
    builder.add("b");
    int[] indices = builder.build().indices();
    assertThat(indices).hasSize(2).isSorted();
  }
}
