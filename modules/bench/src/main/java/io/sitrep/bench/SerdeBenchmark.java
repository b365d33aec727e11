package io.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.json.EventJson;
import io.sitrep.model.Article;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.Factuality;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.model.topics.Topic;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.clustering.EventClusterer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-record cost of the serdes the topology uses ({@link Topics#standard()}: Avro single-object encoding through
 * {@code AvroSerde}) for articles, extracted events and clustered events, and of the JSON mirror's event line
 * ({@link EventJson#eventLine} through the topic's string serde). The records are real: the dev articles, the events
 * {@link RuleBasedExtractor} extracts from them, and the clusters {@link EventClusterer} folds from their factual
 * events. One operation encodes or decodes one record; each invocation takes the next record of the type's array, so
 * the average time (µs) is per record over the whole mix. Setup prints, per type, the records and the encoded bytes
 * per record.
 *
 * <p>{@code jsonEventDecode} has no counterpart in Sitrep (nothing reads the mirror): it is what a JSON consumer pays
 * at least (a Jackson tree), beside {@code eventDecode}.
 *
 * <p>Run: as docs/benchmarks.md says (the class path must name this checkout's module jars, not older ones in
 * ~/.m2), {@code java -cp "$CP" org.openjdk.jmh.Main SerdeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SerdeBenchmark {

  private Topic<String, Article> articleTopic;
  private Topic<String, MilitaryEvent> eventTopic;
  private Topic<String, ClusteredEvent> clusterTopic;
  private Topic<String, String> jsonTopic;
  private Serializer<Article> articleSerializer;
  private Deserializer<Article> articleDeserializer;
  private Serializer<MilitaryEvent> eventSerializer;
  private Deserializer<MilitaryEvent> eventDeserializer;
  private Serializer<ClusteredEvent> clusterSerializer;
  private Deserializer<ClusteredEvent> clusterDeserializer;
  private Serializer<String> jsonSerializer;
  private Deserializer<String> jsonDeserializer;
  private final EventJson json = new EventJson();
  private final ObjectMapper mapper = new ObjectMapper();

  private Article[] articles;
  private byte[][] articleBytes;
  private MilitaryEvent[] events;
  private byte[][] eventBytes;
  private ClusteredEvent[] clusters;
  private byte[][] clusterBytes;
  private byte[][] eventLineBytes;
  private int cursor;

  @Setup
  public void load() {
    Topics topics = Topics.standard();
    articleTopic = topics.articles();
    eventTopic = topics.events();
    clusterTopic = topics.clusteredEvents();
    jsonTopic = topics.eventsJson();
    articleSerializer = articleTopic.valueSerde().serializer();
    articleDeserializer = articleTopic.valueSerde().deserializer();
    eventSerializer = eventTopic.valueSerde().serializer();
    eventDeserializer = eventTopic.valueSerde().deserializer();
    clusterSerializer = clusterTopic.valueSerde().serializer();
    clusterDeserializer = clusterTopic.valueSerde().deserializer();
    jsonSerializer = jsonTopic.valueSerde().serializer();
    jsonDeserializer = jsonTopic.valueSerde().deserializer();

    List<Article> dev = DevArticles.load();
    RuleBasedExtractor extractor = RuleBasedExtractor.standard();
    List<MilitaryEvent> extracted = new ArrayList<>();
    Map<String, Article> byId = new HashMap<>();
    for (Article article : dev) {
      extracted.addAll(extractor.extract(article));
      byId.put(article.getId(), article);
    }
    List<ClusteredEvent> folded = cluster(extracted, byId);

    articles = dev.toArray(Article[]::new);
    articleBytes = dev.stream().map(a -> articleSerializer.serialize(articleTopic.name(), a)).toArray(byte[][]::new);
    events = extracted.toArray(MilitaryEvent[]::new);
    eventBytes = extracted.stream().map(e -> eventSerializer.serialize(eventTopic.name(), e)).toArray(byte[][]::new);
    clusters = folded.toArray(ClusteredEvent[]::new);
    clusterBytes = folded.stream().map(c -> clusterSerializer.serialize(clusterTopic.name(), c))
        .toArray(byte[][]::new);
    eventLineBytes = extracted.stream().map(e -> jsonSerializer.serialize(jsonTopic.name(), json.eventLine(e)))
        .toArray(byte[][]::new);

    System.err.printf("SerdeBenchmark: %d articles, %.0f bytes per record (%.0f of text)%n", articles.length,
        mean(articleBytes), (double) DevArticles.textBytes(dev) / articles.length);
    System.err.printf("SerdeBenchmark: %d events, %.0f bytes per record%n", events.length, mean(eventBytes));
    System.err.printf("SerdeBenchmark: %d clusters from %d factual events (%d of several members, largest %d),"
            + " %.0f bytes per record%n", clusters.length,
        folded.stream().mapToInt(c -> c.getMemberEventIds().size()).sum(),
        folded.stream().filter(c -> c.getMemberEventIds().size() > 1).count(),
        folded.stream().mapToInt(c -> c.getMemberEventIds().size()).max().orElse(0), mean(clusterBytes));
    System.err.printf("SerdeBenchmark: %d JSON event lines, %.0f bytes per record%n", eventLineBytes.length,
        mean(eventLineBytes));
  }

  /**
   * The clusters the topology would hold after the factual events, each seen at its article's publication: per block,
   * the same bookkeeping as {@code EventClusteringProcessor} with maps for stores.
   */
  private static List<ClusteredEvent> cluster(List<MilitaryEvent> events, Map<String, Article> articles) {
    EventClusterer clusterer = new EventClusterer();
    Map<String, List<MilitaryEvent>> membersByCluster = new HashMap<>();
    Map<String, Map<String, ClusteredEvent>> blocks = new LinkedHashMap<>();
    EventClusterer.Members members = new EventClusterer.Members() {
      @Override
      public boolean anyMatch(String clusterId, Predicate<MilitaryEvent> test) {
        return membersByCluster.get(clusterId).stream().anyMatch(test);
      }

      @Override
      public boolean contains(String clusterId, String eventId) {
        return membersByCluster.get(clusterId).stream().anyMatch(member -> member.getEventId().equals(eventId));
      }

      @Override
      public int distinctSources(List<ClusteredEvent> joined, String articleId) {
        Set<String> sources = new HashSet<>(List.of(articleId));
        joined.forEach(cluster -> membersByCluster.get(cluster.getClusterId())
            .forEach(member -> sources.add(member.getArticleId())));
        return sources.size();
      }
    };
    for (MilitaryEvent event : events) {
      if (event.getFactuality() != Factuality.FACTUAL) {
        continue;
      }
      Map<String, ClusteredEvent> block = blocks.computeIfAbsent(EventClusterer.blockKey(event),
          key -> new LinkedHashMap<>());
      EventClusterer.Update update = clusterer.add(List.copyOf(block.values()), members,
          new EventClusterer.Member(event, articles.get(event.getArticleId()).getPublished()));
      if (update.upserts().isEmpty()) {
        continue;
      }
      List<MilitaryEvent> joined = membersByCluster.computeIfAbsent(update.upserts().get(0).getClusterId(),
          id -> new ArrayList<>());
      for (String absorbed : update.absorbed()) {
        joined.addAll(membersByCluster.remove(absorbed));
        block.remove(absorbed);
      }
      joined.add(event);
      update.upserts().forEach(cluster -> block.put(cluster.getClusterId(), cluster));
    }
    return blocks.values().stream().flatMap(block -> block.values().stream()).toList();
  }

  private static double mean(byte[][] records) {
    long bytes = 0;
    for (byte[] record : records) {
      bytes += record.length;
    }
    return (double) bytes / records.length;
  }

  /** The index of the next record in an array of {@code length}, round and round. */
  private int next(int length) {
    int index = cursor;
    cursor = index + 1 == length ? 0 : index + 1;
    return index;
  }

  @Benchmark
  public byte[] articleEncode() {
    return articleSerializer.serialize(articleTopic.name(), articles[next(articles.length)]);
  }

  @Benchmark
  public Article articleDecode() {
    return articleDeserializer.deserialize(articleTopic.name(), articleBytes[next(articleBytes.length)]);
  }

  @Benchmark
  public byte[] eventEncode() {
    return eventSerializer.serialize(eventTopic.name(), events[next(events.length)]);
  }

  @Benchmark
  public MilitaryEvent eventDecode() {
    return eventDeserializer.deserialize(eventTopic.name(), eventBytes[next(eventBytes.length)]);
  }

  @Benchmark
  public byte[] clusterEncode() {
    return clusterSerializer.serialize(clusterTopic.name(), clusters[next(clusters.length)]);
  }

  @Benchmark
  public ClusteredEvent clusterDecode() {
    return clusterDeserializer.deserialize(clusterTopic.name(), clusterBytes[next(clusterBytes.length)]);
  }

  /** What the JSON mirror does per event: the line, then the topic's string serde. */
  @Benchmark
  public byte[] jsonEventEncode() {
    return jsonSerializer.serialize(jsonTopic.name(), json.eventLine(events[next(events.length)]));
  }

  @Benchmark
  public JsonNode jsonEventDecode() throws IOException {
    return mapper.readTree(jsonDeserializer.deserialize(jsonTopic.name(), eventLineBytes[next(eventLineBytes.length)]));
  }
}
