package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.testkit.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private final ObjectMapper mapper = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void writesOneLineOfEventsPerArticleForTheSeedArticle() throws Exception {
    Path input = dir.resolve("seed.jsonl");
    Files.writeString(input, TestArticles.seedArticleJson() + "\n");

    CommandRun run = CommandRun.of("extract", input.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode line = mapper.readTree(lines.get(0));
    assertThat(line.get("id").asText()).isEqualTo("seed-ar-001");
    List<String> strikes = new ArrayList<>();
    for (JsonNode event : line.get("events")) {
      if (event.get("type").asText().equals("AIRSTRIKE") && event.get("date").asText().equals("2024-02-02")) {
        strikes.add(event.get("location").get("country").asText());
      }
    }
    assertThat(strikes).containsExactlyInAnyOrder("IQ", "SY");
  }

  @Test
  void explainsWhichRulesProducedEachEvent() throws Exception {
    Path input = dir.resolve("seed.jsonl");
    Files.writeString(input, TestArticles.seedArticleJson() + "\n");

    CommandRun run = CommandRun.of("extract", "--explain", input.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode events = mapper.readTree(run.out().lines().findFirst().orElseThrow()).get("events");
    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      assertThat(event.get("explanation").get("trigger").asText()).isNotBlank();
      assertThat(event.get("explanation").get("date").asText()).isNotBlank();
    }
  }

  @Test
  void reportsLinesThatAreNotArticlesAndExitsNonZero() throws Exception {
    Path input = dir.resolve("bad.jsonl");
    Files.writeString(input, "{\"id\": \"x\"}\n{\"id\": \"y\", \"lang\": \"en\", \"text\": \"Nothing happened.\"}\n");

    CommandRun run = CommandRun.of("extract", input.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("skipped " + input + ":1: no \"text\"");
    assertThat(run.out().lines().toList()).containsExactly("{\"id\":\"y\",\"events\":[]}");
  }

  @Test
  void saysInOneLineThatAFileIsMissing() {
    CommandRun run = CommandRun.of("extract", dir.resolve("absent.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sitrep extract: no such file: " + dir.resolve("absent.jsonl"));
  }
}
