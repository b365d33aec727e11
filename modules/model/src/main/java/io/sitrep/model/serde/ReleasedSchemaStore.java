package io.sitrep.model.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/** Every released version of Sitrep's schemas, by fingerprint, so that old records stay readable. */
public final class ReleasedSchemaStore implements SchemaStore {

  private static final String RELEASED_DIR = "/io/sitrep/model/released/";

  private final Map<Long, Schema> byFingerprint = new ConcurrentHashMap<>();

  /** A store of the given schemas. */
  public ReleasedSchemaStore(Collection<Schema> schemas) {
    schemas.forEach(this::add);
  }

  /** The schemas listed in the model jar's {@code released/index.txt}, as copied from {@code schemas/released/}. */
  public static ReleasedSchemaStore fromClasspath() {
    return new ReleasedSchemaStore(readIndex().stream().map(ReleasedSchemaStore::parse).toList());
  }

  /** Adds one schema; a schema added twice is kept once. */
  public void add(Schema schema) {
    byFingerprint.put(SchemaNormalization.parsingFingerprint64(schema), schema);
  }

  @Override
  public Schema findByFingerprint(long fingerprint) {
    return byFingerprint.get(fingerprint);
  }

  /** How many distinct schema versions the store holds. */
  public int size() {
    return byFingerprint.size();
  }

  private static List<String> readIndex() {
    try (InputStream in = open("index.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the released-schema index", e);
    }
  }

  private static Schema parse(String fileName) {
    try (InputStream in = open(fileName)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read released schema " + fileName, e);
    }
  }

  private static InputStream open(String fileName) {
    InputStream in = ReleasedSchemaStore.class.getResourceAsStream(RELEASED_DIR + fileName);
    if (in == null) {
      throw new IllegalStateException("released schema resource missing: " + RELEASED_DIR + fileName);
    }
    return in;
  }
}
