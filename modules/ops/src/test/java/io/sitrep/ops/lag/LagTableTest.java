package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagTableTest {

  static LagReport report() {
    return new LagReport(Instant.parse("2026-01-01T00:00:00Z"), List.of(
        new LagReport.GroupLag("sitrep", GroupStatus.WARN, "Stable", List.of(
            new LagReport.PartitionLag("articles.raw", 0, 90, 100, 10, 12.5, false, 3.0, PartitionStatus.WARN),
            new LagReport.PartitionLag("articles.raw", 1, 50, 50, 0, 0, false, 1.0, PartitionStatus.OK))),
        new LagReport.GroupLag("absent", GroupStatus.NOTFOUND, "Dead", List.of())));
  }

  @Test
  void rendersOneAlignedRowPerGroupPartition() {
    String table = new LagTable().render(report());
    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("GROUP").contains("LAG_S", "PARTITION_STATUS");
    assertThat(lines.get(1)).contains("sitrep", "WARN", "articles.raw", "90", "100", "12.5");
    assertThat(lines.get(3)).startsWith("absent").contains("NOTFOUND");
    // Aligned columns: every row's TOPIC column starts where the header's does.
    int topicColumn = lines.get(0).indexOf("TOPIC");
    assertThat(lines.get(1).indexOf("articles.raw")).isEqualTo(topicColumn);
  }

  @Test
  void marksEstimatedAges() {
    LagReport report = new LagReport(Instant.EPOCH, List.of(new LagReport.GroupLag("g", GroupStatus.OK, "Stable",
        List.of(new LagReport.PartitionLag("t", 0, 1, 9, 8, 42.0, true, 0, PartitionStatus.OK)))));
    assertThat(new LagTable().render(report)).contains("~42.0");
  }
}
