package io.sitrep.model.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class ReleasedSchemaStoreTest {

  private final ReleasedSchemaStore store = ReleasedSchemaStore.fromClasspath();

  @Test
  void currentSchemasAreReleasedSoThatWhatWeWriteCanBeReadLater() {
    assertThat(store.findByFingerprint(SchemaNormalization.parsingFingerprint64(Article.getClassSchema()))).isNotNull();
    assertThat(store.findByFingerprint(SchemaNormalization.parsingFingerprint64(MilitaryEvent.getClassSchema())))
        .isNotNull();
  }

  @Test
  void indexListsEverySchemaFileInTheReleasedDirectory() throws IOException {
    Path released = Path.of("../../schemas/released");
    try (Stream<Path> files = Files.list(released)) {
      var onDisk = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".avsc")).sorted().toList();
      var indexed = Files.readAllLines(released.resolve("index.txt")).stream()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
      assertThat(indexed).isEqualTo(onDisk);
    }
  }
}
