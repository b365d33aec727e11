package io.sitrep.ops.lag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LagJsonTest {

  @Test
  void rendersGroupsAndPartitionsAsJson() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new LagJson().render(LagTableTest.report()));
    assertThat(json.get("takenAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
    JsonNode sitrep = json.get("groups").get(0);
    assertThat(sitrep.get("status").asText()).isEqualTo("WARN");
    assertThat(sitrep.get("totalLag").asLong()).isEqualTo(10);
    JsonNode partition = sitrep.get("partitions").get(0);
    assertThat(partition.get("lag").asLong()).isEqualTo(10);
    assertThat(partition.get("lagSeconds").asDouble()).isEqualTo(12.5);
    assertThat(partition.get("status").asText()).isEqualTo("WARN");
    assertThat(json.get("groups").get(1).get("status").asText()).isEqualTo("NOTFOUND");
  }
}
