package io.sitrep.streams;

import io.sitrep.extraction.Extractor;
import io.sitrep.json.EventJson;
import io.sitrep.model.Article;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.clustering.EventClusterer;
import io.sitrep.streams.clustering.EventClusteringProcessor;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The Sitrep topology: articles from {@code articles.raw} are validated, resends dropped, the rest handed to the
 * extractor, and every event goes to {@code events.military} keyed by its event id (and, when switched on, to the
 * topic of its type and to the JSON mirror). Factual events are also clustered across articles into one record per
 * real-world event on the compacted {@code events.clustered}. Records that cannot be read or processed go to the dead-letter topic
 * through Kafka Streams' exception handlers (see {@link StreamsAppConfig#streamsProperties}).
 */
public final class SitrepTopology {

  private SitrepTopology() {}

  /** Builds the topology; processor and store names are stable so that upgrades keep their state. */
  public static Topology buildTopology(StreamsAppConfig config, Extractor extractor, Topics topics,
      PipelineObserver observer) {
    Topic<String, Article> articles = topics.articles();
    Topic<String, MilitaryEvent> events = topics.events();
    ArticleValidator validator = new ArticleValidator(config.maxArticleChars());

    // The builder sees the application's configuration, so that topology-level settings apply while building.
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(
        new StreamsConfig(config.streamsProperties(topics.deadLetters().name(), observer))));
    builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
        Stores.persistentTimestampedKeyValueStore(ArticleDeduplicator.STORE), Serdes.String(), Serdes.String()));
    // A widely reported event updates its cluster and day many times between two commits: the record cache keeps
    // the latest in memory and writes each key to its changelog once per commit.
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EventClusteringProcessor.CLUSTERS_STORE), Serdes.String(),
        topics.clusteredEvents().valueSerde()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EventClusteringProcessor.DAY_INDEX_STORE), Serdes.String(), Serdes.String())
        .withCachingEnabled());
    builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
        Stores.persistentTimestampedKeyValueStore(EventClusteringProcessor.MEMBERS_STORE), Serdes.String(),
        events.valueSerde()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EventClusteringProcessor.SOURCES_STORE), Serdes.String(), Serdes.String()));

    KStream<String, MilitaryEvent> extracted = builder
        .stream(articles.name(), Consumed.with(articles.keySerde(), articles.valueSerde()).withName("source-articles"))
        .mapValues(validator::validate, Named.as("validate-articles"))
        .processValues(() -> new ArticleDeduplicator(config.stateRetention()),
            Named.as("drop-resent-articles"), ArticleDeduplicator.STORE)
        .flatMap((articleId, article) -> {
          observer.articleAccepted(article);
          long start = System.nanoTime();
          List<MilitaryEvent> found = extractor.extract(article);
          observer.extracted(article, found, System.nanoTime() - start);
          return found.stream().map(event -> KeyValue.pair(event.getEventId(), event)).toList();
        }, Named.as("extract-events"));

    extracted.to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("sink-events"));
    if (config.routeByType()) {
      extracted.to((eventId, event, context) -> topics.eventsOfType(event.getType()).name(),
          Produced.with(events.keySerde(), events.valueSerde()).withName("sink-events-by-type"));
    }
    Topic<String, ClusteredEvent> clustered = topics.clusteredEvents();
    extracted
        // Only what happened is a real-world event; planned and hypothetical acts stay on events.military.
        .filter((eventId, event) -> event.getFactuality() == Factuality.FACTUAL, Named.as("keep-factual-events"))
        .selectKey((eventId, event) -> EventClusterer.blockKey(event), Named.as("key-events-by-block"))
        .repartition(Repartitioned.with(Serdes.String(), events.valueSerde()).withName("events-by-block"))
        .process(() -> new EventClusteringProcessor(config.stateRetention(), observer), Named.as("cluster-events"),
            EventClusteringProcessor.CLUSTERS_STORE, EventClusteringProcessor.DAY_INDEX_STORE,
            EventClusteringProcessor.MEMBERS_STORE, EventClusteringProcessor.SOURCES_STORE)
        .to(clustered.name(), Produced.with(clustered.keySerde(), clustered.valueSerde()).withName("sink-clustered-events"));
    if (config.jsonMirror()) {
      EventJson json = new EventJson();
      Topic<String, String> mirror = topics.eventsJson();
      extracted.mapValues(json::eventLine, Named.as("format-events-as-json"))
          .to(mirror.name(), Produced.with(mirror.keySerde(), mirror.valueSerde()).withName("sink-events-json"));
    }
    return builder.build();
  }
}
