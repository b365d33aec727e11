package io.sitrep.streams;

import io.sitrep.extraction.Extractor;
import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Sitrep topology: articles from {@code articles.raw} are validated, handed to the extractor, and every event
 * goes to {@code events.military} keyed by its event id. Records that cannot be read or processed go to the
 * dead-letter topic through Kafka Streams' exception handlers (see {@link StreamsAppConfig#streamsProperties}).
 */
public final class SitrepTopology {

  private SitrepTopology() {}

  /** Builds the topology; processor names are stable so that upgrades keep their meaning. */
  public static Topology buildTopology(StreamsAppConfig config, Extractor extractor, Topics topics) {
    Topic<String, Article> articles = topics.articles();
    Topic<String, MilitaryEvent> events = topics.events();
    ArticleValidator validator = new ArticleValidator(config.maxArticleChars());

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(articles.name(), Consumed.with(articles.keySerde(), articles.valueSerde()).withName("source-articles"))
        .mapValues(validator::validate, Named.as("validate-articles"))
        .flatMap((articleId, article) -> extractor.extract(article).stream()
                .map(event -> KeyValue.pair(event.getEventId(), event))
                .toList(),
            Named.as("extract-events"))
        .to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("sink-events"));
    return builder.build();
  }
}
