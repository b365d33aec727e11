package io.sitrep.model.topics;

import io.sitrep.model.Article;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.EventType;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.serde.AvroSerde;
import io.sitrep.model.serde.ReleasedSchemaStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/** The topics Sitrep reads and writes, with their serdes. */
public final class Topics {

  /** Incoming articles, keyed by article id. */
  public static final String ARTICLES_RAW = "articles.raw";
  /** Every extracted event, keyed by event id; per-type topics are this name plus {@code .<type>}. */
  public static final String EVENTS_MILITARY = "events.military";
  /** Every extracted event in the spec's JSON form, for consumers that do not speak Avro. */
  public static final String EVENTS_MILITARY_JSON = "events.military.json";
  /** One record per real-world event, updated as reports arrive; compacted, keyed by cluster id. */
  public static final String EVENTS_CLUSTERED = "events.clustered";
  /** Input that could not be read or processed, as it came, with the reason in headers. */
  public static final String ARTICLES_DLQ = "articles.dlq";

  private final Topic<String, Article> articles;
  private final Topic<String, MilitaryEvent> events;
  private final Map<EventType, Topic<String, MilitaryEvent>> eventsByType;
  private final Topic<String, String> eventsJson;
  private final Topic<String, ClusteredEvent> clusteredEvents;
  private final Topic<byte[], byte[]> deadLetters;

  private Topics(String prefix, ReleasedSchemaStore schemas) {
    AvroSerde<MilitaryEvent> eventSerde = new AvroSerde<>(MilitaryEvent.class, schemas);
    this.articles = new Topic<>(prefix + ARTICLES_RAW, Serdes.String(), new AvroSerde<>(Article.class, schemas));
    this.events = new Topic<>(prefix + EVENTS_MILITARY, Serdes.String(), eventSerde);
    Map<EventType, Topic<String, MilitaryEvent>> byType = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      byType.put(type, new Topic<>(prefix + EVENTS_MILITARY + "." + typeSuffix(type), Serdes.String(), eventSerde));
    }
    this.eventsByType = Collections.unmodifiableMap(byType);
    this.eventsJson = new Topic<>(prefix + EVENTS_MILITARY_JSON, Serdes.String(), Serdes.String());
    this.clusteredEvents = new Topic<>(prefix + EVENTS_CLUSTERED, Serdes.String(),
        new AvroSerde<>(ClusteredEvent.class, schemas), true);
    this.deadLetters = new Topic<>(prefix + ARTICLES_DLQ, Serdes.ByteArray(), Serdes.ByteArray());
  }

  /** The topics under their standard names, with serdes that read every released schema version. */
  public static Topics standard() {
    return withPrefix("");
  }

  /**
   * The topics with names under a prefix ({@code "staging."} gives {@code staging.articles.raw}), so that several
   * deployments or test runs can share a cluster.
   */
  public static Topics withPrefix(String prefix) {
    return new Topics(prefix, ReleasedSchemaStore.fromClasspath());
  }

  /** {@code AIRSTRIKE} → {@code airstrike}, {@code WITHDRAWAL_TALKS} → {@code withdrawal-talks}. */
  public static String typeSuffix(EventType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Topic<String, Article> articles() {
    return articles;
  }

  public Topic<String, MilitaryEvent> events() {
    return events;
  }

  /** The topic that receives only events of one type. */
  public Topic<String, MilitaryEvent> eventsOfType(EventType type) {
    return eventsByType.get(type);
  }

  public Topic<String, String> eventsJson() {
    return eventsJson;
  }

  public Topic<String, ClusteredEvent> clusteredEvents() {
    return clusteredEvents;
  }

  public Topic<byte[], byte[]> deadLetters() {
    return deadLetters;
  }

  /** Every topic, for creating them at start. */
  public List<Topic<?, ?>> all() {
    List<Topic<?, ?>> all = new ArrayList<>(List.of(articles, events, eventsJson, clusteredEvents, deadLetters));
    all.addAll(eventsByType.values());
    return all;
  }
}
