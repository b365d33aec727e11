package io.sitrep.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

  @TempDir
  Path directory;

  @Test
  void namesTheFileAndLineOfALineThatIsNoJson() throws IOException {
    Path file = directory.resolve("gold.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"lang\": \"en\", \"published\": \"2024-01-01\", \"text\": \"x\"}\n"
        + "not json\n");
    assertThatThrownBy(() -> new GoldReader().read(List.of(file))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ":2: not a JSON object");
  }
}
