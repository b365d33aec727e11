package io.sitrep.bench.load;

import io.sitrep.model.Article;
import io.sitrep.model.DatePrecision;
import io.sitrep.model.EventCodes;
import io.sitrep.model.EventType;
import io.sitrep.model.Evidence;
import io.sitrep.model.Factuality;
import io.sitrep.model.Location;
import io.sitrep.model.LocationPrecision;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.PipelineObserver;
import io.sitrep.streams.StreamsAppConfig;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline the Sitrep topology is measured against: what Kafka Streams itself costs on the same machine. It reads
 * the same article topic with the same serde and writes one event record per article to the same event topic with
 * the same serde, under the same configuration (exactly-once, dead-letter handlers), and does no extraction.
 */
public final class PassthroughTopology {

  private static final String EXTRACTOR_VERSION = "passthrough";

  private PassthroughTopology() {}

  public static Topology build(StreamsAppConfig config, Topics topics) {
    Topic<String, Article> articles = topics.articles();
    Topic<String, MilitaryEvent> events = topics.events();
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(
        new StreamsConfig(config.streamsProperties(topics.deadLetters().name(), PipelineObserver.NONE))));
    builder.stream(articles.name(), Consumed.with(articles.keySerde(), articles.valueSerde()).withName("source-articles"))
        .map((articleId, article) -> KeyValue.pair(articleId, placeholderEvent(article)), Named.as("one-event-per-article"))
        .to(events.name(), Produced.with(events.keySerde(), events.valueSerde()).withName("sink-events"));
    return builder.build();
  }

  /** A valid event record that says nothing: its key is the article's id, its sentence the article's first 80 chars. */
  static MilitaryEvent placeholderEvent(Article article) {
    String text = article.getText();
    String sentence = text.substring(0, Math.min(80, text.length()));
    return MilitaryEvent.newBuilder()
        .setEventId(article.getId())
        .setArticleId(article.getId())
        .setType(EventType.ATTACK)
        .setFactuality(Factuality.FACTUAL)
        .setAgent("UNKNOWN")
        .setLocation(Location.newBuilder().setPrecision(LocationPrecision.UNKNOWN).build())
        .setDate(article.getPublished().atZone(ZoneOffset.UTC).toLocalDate())
        .setDatePrecision(DatePrecision.ARTICLE)
        .setEvidence(Evidence.newBuilder().setText(sentence).setStart(0).setEnd(sentence.length()).build())
        .setConfidence(0)
        .setLanguage(article.getLanguage() == null ? "und" : article.getLanguage())
        .setCodes(EventCodes.newBuilder().setCameo(List.of()).setAcledEventType("none").build())
        .setExtractorVersion(EXTRACTOR_VERSION)
        .build();
  }
}
