package io.sitrep.bench.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

  @Test
  void namesTheValueItRefuses() {
    assertThatThrownBy(() -> new BenchPlan(0, 2, 1, List.of(0.5), Duration.ofSeconds(3), 0, 1, false, Map.of()))
        .hasMessage("articles must be at least 1, was 0");
    assertThatThrownBy(() -> new BenchPlan(10, 2, 1, List.of(0.5), Duration.ZERO, 0, 1, false, Map.of()))
        .hasMessageContaining("latency phase");
  }
}
