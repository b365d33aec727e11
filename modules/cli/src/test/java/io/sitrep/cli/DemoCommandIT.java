package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandIT {

  @Test
  void printsTheEventsOfTheSampleArticlesReadBackFromKafkaAndStops() throws Exception {
    int threadsBefore = Thread.activeCount();

    CommandRun run = CommandRun.of("demo", "--json-only");

    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> events = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      events.add(mapper.readTree(line));
    }
    assertThat(events).isNotEmpty();
    assertThat(events).extracting(event -> event.get("article_id").asText()).contains("seed-ar-001");
    assertThat(events).allSatisfy(event -> assertThat(event.get("event_id").asText()).isNotBlank());
    // Broker, stream threads and clients are gone (allowing for JVM housekeeping threads).
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 3);
  }
}
