package io.sitrep.model.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro class in Avro's single-object encoding ({@code C3 01}, an 8-byte schema
 * fingerprint, the binary body). Records written with any schema in the store are resolved to the current class.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final Schema schema;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  /** A serde for {@code type}, reading every schema version that {@code writerSchemas} knows. */
  public AvroSerde(Class<T> type, SchemaStore writerSchemas) {
    // The class's own SpecificData carries its logical-type conversions (Instant, LocalDate).
    SpecificData model = SpecificData.getForClass(type);
    this.schema = model.getSchema(type);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, writerSchemas);
  }

  /** Encodes one record; null stays null (a tombstone). */
  public byte[] encode(T record) {
    if (record == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException e) {
      throw new SerializationException("cannot encode " + schema.getName() + ": " + e.getMessage(), e);
    }
  }

  /** Decodes one record written with any known version of the schema; null stays null. */
  public T decode(byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return decoder.decode(data);
    } catch (IOException | AvroRuntimeException e) {
      throw new SerializationException(
          "not a readable " + schema.getName() + " in Avro single-object encoding: " + describe(e), e);
    }
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, record) -> encode(record);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, data) -> decode(data);
  }
}
