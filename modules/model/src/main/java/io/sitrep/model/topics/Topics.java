package io.sitrep.model.topics;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.serde.AvroSerde;
import io.sitrep.model.serde.ReleasedSchemaStore;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/** The topics Sitrep reads and writes, with their serdes. */
public final class Topics {

  /** Incoming articles, keyed by article id. */
  public static final String ARTICLES_RAW = "articles.raw";
  /** Every extracted event, keyed by event id. */
  public static final String EVENTS_MILITARY = "events.military";
  /** Input that could not be read or processed, as it came, with the reason in headers. */
  public static final String ARTICLES_DLQ = "articles.dlq";

  private final Topic<String, Article> articles;
  private final Topic<String, MilitaryEvent> events;
  private final Topic<byte[], byte[]> deadLetters;

  private Topics(ReleasedSchemaStore schemas) {
    this.articles = new Topic<>(ARTICLES_RAW, Serdes.String(), new AvroSerde<>(Article.class, schemas));
    this.events = new Topic<>(EVENTS_MILITARY, Serdes.String(), new AvroSerde<>(MilitaryEvent.class, schemas));
    this.deadLetters = new Topic<>(ARTICLES_DLQ, Serdes.ByteArray(), Serdes.ByteArray());
  }

  /** The topics with serdes that read every released schema version. */
  public static Topics standard() {
    return new Topics(ReleasedSchemaStore.fromClasspath());
  }

  public Topic<String, Article> articles() {
    return articles;
  }

  public Topic<String, MilitaryEvent> events() {
    return events;
  }

  public Topic<byte[], byte[]> deadLetters() {
    return deadLetters;
  }

  /** Every topic, for creating them at start. */
  public List<Topic<?, ?>> all() {
    return List.of(articles, events, deadLetters);
  }
}
