package io.sitrep.model.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitrep.model.Article;
import io.sitrep.model.CountQualifier;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventCodes;
import io.sitrep.model.EventType;
import io.sitrep.model.Evidence;
import io.sitrep.model.Factuality;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private final ReleasedSchemaStore released = ReleasedSchemaStore.fromClasspath();

  @Test
  void roundTripsAnArticleWithItsTimestamps() {
    AvroSerde<Article> serde = new AvroSerde<>(Article.class, released);
    Article article = Article.newBuilder().setId("a").setText("نص").setPublished(Instant.parse("2024-03-03T00:00:00Z"))
        .setReceived(Instant.parse("2024-03-03T10:15:30.123Z")).build();

    byte[] bytes = serde.serializer().serialize("t", article);

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(article);
  }

  @Test
  void readsRecordWrittenWithOlderSchemaThroughTheStoreFillingTheNewFieldsDefault() throws IOException {
    byte[] writtenByV1 = new AvroSerde<>(MilitaryEvent.class, released).serializer().serialize("t", event());
    Schema v2 = readTestSchema("/MilitaryEvent-v2-test.avsc");

    // v2 does not know v1's fingerprint by itself: the released store supplies the writer schema.
    BinaryMessageDecoder<GenericRecord> v2Decoder = new BinaryMessageDecoder<>(GenericData.get(), v2, released);
    GenericRecord read = v2Decoder.decode(writtenByV1);

    assertThat(read.get("theatre")).hasToString("unassigned");
    assertThat(read.get("event_id")).hasToString("e-1");
    assertThat(read.get("targets_hit")).isEqualTo(85);
  }

  @Test
  void rejectsRecordWithUnknownSchemaFingerprint() {
    byte[] bytes = new AvroSerde<>(MilitaryEvent.class, released).serializer().serialize("t", event());
    bytes[5] ^= 0x5A; // corrupt the fingerprint
    AvroSerde<MilitaryEvent> serde = new AvroSerde<>(MilitaryEvent.class, released);

    assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("MissingSchemaException");
  }

  @Test
  void rejectsTruncatedRecord() {
    byte[] bytes = new AvroSerde<>(MilitaryEvent.class, released).serializer().serialize("t", event());
    AvroSerde<MilitaryEvent> serde = new AvroSerde<>(MilitaryEvent.class, released);

    assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(bytes, bytes.length / 2)))
        .isInstanceOf(SerializationException.class);
  }

  private static Schema readTestSchema(String resource) throws IOException {
    try (InputStream in = AvroSerdeTest.class.getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    }
  }

  static MilitaryEvent event() {
    return MilitaryEvent.newBuilder()
        .setEventId("e-1")
        .setArticleId("a-1")
        .setType(EventType.AIRSTRIKE)
        .setFactuality(Factuality.FACTUAL)
        .setAgent("US")
        .setLocation(Location.newBuilder().setCountry("SY").setPrecision(LocationPrecision.COUNTRY).build())
        .setDate(LocalDate.parse("2024-02-02"))
        .setDatePrecision(DatePrecision.DAY)
        .setTargetsHit(85)
        .setTargetsHitQualifier(CountQualifier.MORE_THAN)
        .setEvidence(new Evidence("text", 0, 4))
        .setConfidence(0.9)
        .setLanguage("ar")
        .setCodes(EventCodes.newBuilder().setCameo(List.of("195")).setAcledEventType("Explosions/Remote violence")
            .setAcledSubEventType("Air/drone strike").build())
        .setExtractorVersion("test")
        .build();
  }
}
