package io.sitrep.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.bench.load.BenchResults.Latency;
import io.sitrep.bench.load.BenchResults.Saturation;
import io.sitrep.bench.load.BenchResults.SubjectRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static final BenchResults RESULTS = new BenchResults(
      new BenchResults.Machine(2, "Linux amd64", "OpenJDK 17", "-Xmx1g", 5_000, "localhost:9092"),
      BenchPlan.quick(),
      run(Subject.PASSTHROUGH, 1_000, 1_500, 1_500, 20, 45),
      run(Subject.SITREP, 700, 9_000, 8_990, 60, 180),
      List.of());

  private static SubjectRun run(Subject subject, double rate, long expected, long read, long p50, long p99) {
    Saturation saturation = new Saturation(subject, 2, 1, 1, 1_500, rate, rate * 5_000 / 1e6, 1.5, 0.5, expected,
        expected - read, read);
    List<Latency> latencies = List.of(0.25, 0.5, 0.75).stream()
        .map(load -> new Latency(load, load * rate, new Percentiles(100, p50, p99 - 5, p99, p99 + 10))).toList();
    return new SubjectRun(saturation, latencies, 200L << 20);
  }

  @Test
  void givesTheRatioAndCompletenessOfBothTopologies() {
    assertThat(RESULTS.ratio()).isEqualTo(0.7);
    assertThat(RESULTS.complete()).as("Sitrep lost 10 records").isFalse();
    String report = BenchReport.markdown(RESULTS);
    assertThat(report).contains("Sitrep / baseline throughput: **0.70**")
        .contains("| Sitrep | 700 | 3.50 | 1.50 | 0.50 | 200 | 9,000 | 8,990 | 10 |")
        .contains("| Sitrep | 50% | 350 | 100 | 60 | 175 | 180 | 190 |");
  }

  @Test
  void drawsOneLinePerTopologyAndPercentileWithRoundAxes() {
    String svg = LatencyChart.svg(RESULTS);

    assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
    assertThat(svg.split("<polyline", -1)).hasSize(5);
    assertThat(svg).contains("Sitrep p99").contains("baseline p50").contains("Sitrep: 100% = 700 articles/s");
    assertThat(LatencyChart.niceCeiling(700)).isEqualTo(1000);
    assertThat(LatencyChart.niceCeiling(180)).isEqualTo(200);
    assertThat(LatencyChart.niceCeiling(45)).isEqualTo(50);
  }
}
