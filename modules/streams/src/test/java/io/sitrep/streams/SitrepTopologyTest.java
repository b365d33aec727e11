package io.sitrep.streams;

import static io.sitrep.streams.LineExtractor.LINE_EXTRACTOR;
import static io.sitrep.streams.LineExtractor.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.model.Article;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.model.EventType;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitrepTopologyTest {

  private final Topics topics = Topics.standard();
  @TempDir Path stateDir;
  private final RecordingObserver observer = new RecordingObserver();
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> rawInput;
  private TestOutputTopic<String, MilitaryEvent> events;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  @BeforeEach
  void startDriver() {
    StreamsAppConfig config = new StreamsAppConfig("unused:9092", "sitrep-test", stateDir, 1, 1, 1000,
        StreamsAppConfig.DEFAULT_STATE_RETENTION, true, true, Map.of());
    driver = new TopologyTestDriver(
        SitrepTopology.buildTopology(config, LINE_EXTRACTOR, topics, observer),
        config.streamsProperties(Topics.ARTICLES_DLQ, observer));
    rawInput = driver.createInputTopic(Topics.ARTICLES_RAW, new ByteArraySerializer(), new ByteArraySerializer());
    events = driver.createOutputTopic(Topics.EVENTS_MILITARY,
        topics.events().keySerde().deserializer(), topics.events().valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.ARTICLES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void writesEveryExtractedEventKeyedByEventId() {
    send(article("a-1", "Jets strike a depot.\nTalks went on.\nA second strike hit a bridge."));

    var output = events.readKeyValuesToMap();
    assertThat(output).containsOnlyKeys("a-1@0", "a-1@36");
    assertThat(output.get("a-1@36").getEvidence().getText()).isEqualTo("A second strike hit a bridge.");
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void keepsGoingAfterRecordThatIsNotAvro() {
    // Where such a record lands (articles.dlq) is checked against a real broker in SitrepStreamsAppIT:
    // TopologyTestDriver does not route deserialization failures to the dead-letter topic.
    rawInput.pipeInput("k".getBytes(StandardCharsets.UTF_8), "{\"text\": \"not avro\"}".getBytes(StandardCharsets.UTF_8));
    send(article("a-2", "A strike."));

    assertThat(events.readKeyValuesToMap()).containsOnlyKeys("a-2@0");
  }

  @Test
  void routesArticleWithoutTextToDeadLetterTopic() {
    send(article("a-3", "   \n "));

    TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
    assertThat(header(dead.headers(), "__streams.errors.message")).isEqualTo("article a-3 has no text");
    assertThat(header(dead.headers(), "__streams.errors.exception")).contains("RejectedArticleException");
    assertThat(header(dead.headers(), "__streams.errors.topic")).isEqualTo(Topics.ARTICLES_RAW);
    assertThat(header(dead.headers(), "__streams.errors.offset")).isEqualTo("0");
    assertThat(observer.deadLetterReasons).containsExactly("RejectedArticleException");
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void routesArticleOverTheSizeLimitToDeadLetterTopic() {
    send(article("a-4", "strike ".repeat(200)));

    assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message"))
        .isEqualTo("article a-4 has 1400 characters, over the limit of 1000");
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void routesArticleInUnsupportedLanguageToDeadLetterTopic() {
    Article german = article("a-5", "Ein Luftangriff (strike) traf die Stadt.");
    german.setLanguage("de");
    send(german);

    assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message"))
        .isEqualTo("unsupported language: de");
  }

  @Test
  void routesEmptyValueToDeadLetterTopic() {
    rawInput.pipeInput("k".getBytes(StandardCharsets.UTF_8), (byte[]) null);

    assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message")).isEqualTo("empty value: no article");
  }

  @Test
  void dropsAnArticleResentWithTheSameText() {
    send(article("a-6", "A strike."));
    send(article("a-6", "A strike."));

    assertThat(events.readValuesToList()).hasSize(1);
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void rejectsAnArticleIdSeenBeforeWithDifferentText() {
    send(article("a-7", "A strike."));
    send(article("a-7", "A strike, and a second strike.\nA strike."));

    assertThat(events.readValuesToList()).hasSize(1);
    assertThat(header(deadLetters.readRecord().headers(), "__streams.errors.message"))
        .startsWith("article id a-7 was already processed with different text");
  }

  @Test
  void writesEachEventAlsoToTheTopicOfItsTypeAndAsJson() throws Exception {
    send(article("a-8", "A strike."));

    var airstrikes = driver.createOutputTopic(topics.eventsOfType(EventType.AIRSTRIKE).name(),
        new StringDeserializer(), topics.events().valueSerde().deserializer());
    assertThat(airstrikes.readKeyValuesToMap()).containsOnlyKeys("a-8@0");
    var json = driver.createOutputTopic(Topics.EVENTS_MILITARY_JSON, new StringDeserializer(), new StringDeserializer());
    var line = new ObjectMapper().readTree(json.readValue());
    assertThat(line.get("event_id").asText()).isEqualTo("a-8@0");
    assertThat(line.get("type").asText()).isEqualTo("AIRSTRIKE");
    assertThat(line.get("targets_hit_qualifier").asText()).isEqualTo("EXACT");
  }

  @Test
  void clustersReportsOfOneStrikeFromTwoArticlesIntoOneUpdatedRecord() {
    send(article("b-1", "Jets strike a depot."));
    send(article("b-2", "A report of the same strike."));

    var clustered = driver.createOutputTopic(Topics.EVENTS_CLUSTERED, new StringDeserializer(),
        topics.clusteredEvents().valueSerde().deserializer());
    var upserts = clustered.readKeyValuesToList();
    assertThat(upserts).extracting(kv -> kv.key).containsExactly("b-1@0", "b-1@0");
    var latest = upserts.get(1).value;
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getSourceArticleIds()).containsExactly("b-1", "b-2");
    assertThat(observer.articlesAccepted).isEqualTo(2);
    assertThat(observer.eventsExtracted).isEqualTo(2);
    assertThat(observer.clusterUpdates).isEqualTo(1);
  }

  private void send(Article article) {
    rawInput.pipeInput(article.getId().getBytes(StandardCharsets.UTF_8),
        topics.articles().valueSerde().serializer().serialize(Topics.ARTICLES_RAW, article));
  }

  private static String header(Headers headers, String name) {
    var header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Counts what the topology reports. */
  static final class RecordingObserver implements PipelineObserver {
    final java.util.List<String> deadLetterReasons = new java.util.ArrayList<>();
    int articlesAccepted;
    int eventsExtracted;
    int clusterUpdates;

    @Override
    public void articleAccepted(Article article) {
      articlesAccepted++;
    }

    @Override
    public void extracted(Article article, java.util.List<MilitaryEvent> extracted, long nanos) {
      eventsExtracted += extracted.size();
    }

    @Override
    public void deadLettered(String reason) {
      deadLetterReasons.add(reason);
    }

    @Override
    public void clusterUpdated(int absorbed) {
      clusterUpdates++;
    }
  }
}
