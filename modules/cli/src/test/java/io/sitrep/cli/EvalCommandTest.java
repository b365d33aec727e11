package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.testkit.TestArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;

  @Test
  void printsScoresForALabelledFile() throws Exception {
    Path gold = dir.resolve("seed.jsonl");
    Files.writeString(gold, TestArticles.seedArticleJson() + "\n");

    CommandRun run = CommandRun.of("eval", "--gold", gold.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("strict").contains("precision").contains("recall").contains("AIRSTRIKE");
  }

  @Test
  void refusesAMissingGoldFileInOneLine() {
    CommandRun run = CommandRun.of("eval", "--gold", dir.resolve("absent.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sitrep eval: no such file: " + dir.resolve("absent.jsonl"));
  }
}
