package io.sitrep.streams.clustering;

import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.streams.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keeps the clusters of each block (country and type family) in RocksDB and turns every event into upserts on the
 * clustered topic, keyed by cluster id, and a tombstone for each cluster absorbed into another. Input arrives keyed
 * by block, so one task sees every event of a block. Reports link only within a day of each other, so clusters are
 * indexed by block and day and a report is compared only with the clusters of its day and the two beside it, however
 * many the block holds. Members and sources are stored under their cluster's id, outside its record, so that an
 * update costs the same whether a cluster has two reports or two thousand. Clusters not updated within the retention
 * (in stream time, so that a replay behaves as the live run did) are forgotten, which bounds the stores; their last
 * upsert stays on the compacted topic.
 */
public final class EventClusteringProcessor implements Processor<String, MilitaryEvent, String, ClusteredEvent> {

  /** Cluster id → cluster. */
  public static final String CLUSTERS_STORE = "event-clusters";
  /** {@code block|epoch day} → ids of the live clusters with a member dated that day, comma-separated. */
  public static final String DAY_INDEX_STORE = "event-cluster-days";
  /** {@code cluster id/event id} → the report, with the time it was seen: what new reports are compared with. */
  public static final String MEMBERS_STORE = "event-cluster-members";
  /** {@code cluster id/article id} → nothing: the cluster's distinct source articles, to count them. */
  public static final String SOURCES_STORE = "event-cluster-sources";
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private final EventClusterer clusterer = new EventClusterer();
  private final Duration retention;
  private final PipelineObserver observer;
  private ProcessorContext<String, ClusteredEvent> context;
  private KeyValueStore<String, ClusteredEvent> clusters;
  private KeyValueStore<String, String> days;
  private TimestampedKeyValueStore<String, MilitaryEvent> members;
  private KeyValueStore<String, String> sources;
  private final EventClusterer.Members stored = new StoredMembers();

  public EventClusteringProcessor(Duration retention, PipelineObserver observer) {
    this.retention = retention;
    this.observer = observer;
  }

  @Override
  public void init(ProcessorContext<String, ClusteredEvent> context) {
    this.context = context;
    this.clusters = context.getStateStore(CLUSTERS_STORE);
    this.days = context.getStateStore(DAY_INDEX_STORE);
    this.members = context.getStateStore(MEMBERS_STORE);
    this.sources = context.getStateStore(SOURCES_STORE);
    context.schedule(PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::forgetQuietClusters);
  }

  @Override
  public void process(Record<String, MilitaryEvent> record) {
    String block = record.key();
    MilitaryEvent event = record.value();
    long day = event.getDate().toEpochDay();
    Set<String> nearby = new LinkedHashSet<>();
    for (long near = day - 1; near <= day + 1; near++) {
      nearby.addAll(clusterIds(dayKey(block, near)));
    }
    List<ClusteredEvent> candidates = nearby.stream().map(clusters::get).filter(Objects::nonNull).toList();
    EventClusterer.Update update = clusterer.add(candidates, stored,
        new EventClusterer.Member(event, Instant.ofEpochMilli(record.timestamp())));
    if (update.upserts().isEmpty()) {
      return; // replayed: already counted
    }
    ClusteredEvent cluster = update.upserts().get(0);
    String clusterId = cluster.getClusterId();
    for (String absorbed : update.absorbed()) {
      moveMembers(block, absorbed, clusterId);
      clusters.delete(absorbed);
      context.forward(new Record<String, ClusteredEvent>(absorbed, null, record.timestamp()));
    }
    members.put(memberKey(clusterId, event.getEventId()), ValueAndTimestamp.make(event, record.timestamp()));
    sources.put(memberKey(clusterId, event.getArticleId()), "");
    if (cluster.getVersion() > 1) {
      observer.clusterUpdated(update.absorbed().size());
    }
    addToDay(dayKey(block, day), clusterId, null);
    clusters.put(clusterId, cluster);
    context.forward(new Record<>(clusterId, cluster, record.timestamp()));
  }

  /** An absorbed cluster's members and sources move to the cluster that absorbed it, and its days point there. */
  private void moveMembers(String block, String absorbedId, String survivorId) {
    Set<Long> memberDays = new LinkedHashSet<>();
    for (KeyValue<String, ValueAndTimestamp<MilitaryEvent>> member : entries(members, absorbedId)) {
      members.put(memberKey(survivorId, member.value.value().getEventId()), member.value);
      members.delete(member.key);
      memberDays.add(member.value.value().getDate().toEpochDay());
    }
    for (KeyValue<String, String> source : entries(sources, absorbedId)) {
      sources.put(memberKey(survivorId, source.key.substring(absorbedId.length() + 1)), "");
      sources.delete(source.key);
    }
    for (long memberDay : memberDays) {
      addToDay(dayKey(block, memberDay), survivorId, absorbedId);
    }
  }

  private void addToDay(String key, String clusterId, String replaced) {
    Set<String> ids = new LinkedHashSet<>(clusterIds(key));
    ids.remove(replaced);
    if (ids.add(clusterId) || replaced != null) {
      days.put(key, String.join(",", ids));
    }
  }

  /** The entries of a store under one cluster, read into a list so that the store can be changed after. */
  private static <V> List<KeyValue<String, V>> entries(KeyValueStore<String, V> store, String clusterId) {
    List<KeyValue<String, V>> entries = new ArrayList<>();
    try (KeyValueIterator<String, V> iterator = store.prefixScan(clusterId + "/", new StringSerializer())) {
      iterator.forEachRemaining(entries::add);
    }
    return entries;
  }

  private static String memberKey(String clusterId, String id) {
    return clusterId + "/" + id;
  }

  private static String dayKey(String block, long epochDay) {
    return block + "|" + epochDay;
  }

  /** The members the clusterer asks about, read from the stores. */
  private final class StoredMembers implements EventClusterer.Members {

    @Override
    public boolean anyMatch(String clusterId, Predicate<MilitaryEvent> test) {
      try (KeyValueIterator<String, ValueAndTimestamp<MilitaryEvent>> scan =
          members.prefixScan(clusterId + "/", new StringSerializer())) {
        while (scan.hasNext()) {
          if (test.test(scan.next().value.value())) {
            return true;
          }
        }
        return false;
      }
    }

    @Override
    public boolean contains(String clusterId, String eventId) {
      return members.get(memberKey(clusterId, eventId)) != null;
    }

    @Override
    public int distinctSources(List<ClusteredEvent> joined, String articleId) {
      if (joined.size() == 1) { // the common case, without reading the sources
        ClusteredEvent cluster = joined.get(0);
        boolean known = sources.get(memberKey(cluster.getClusterId(), articleId)) != null;
        return cluster.getNumSources() + (known ? 0 : 1);
      }
      Set<String> articles = new HashSet<>(List.of(articleId));
      for (ClusteredEvent cluster : joined) {
        for (KeyValue<String, String> source : entries(sources, cluster.getClusterId())) {
          articles.add(source.key.substring(cluster.getClusterId().length() + 1));
        }
      }
      return articles.size();
    }
  }

  private List<String> clusterIds(String key) {
    String ids = days.get(key);
    return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
  }

  private void forgetQuietClusters(long now) {
    Instant cutoff = Instant.ofEpochMilli(now).minus(retention);
    List<String[]> updates = new ArrayList<>();
    try (KeyValueIterator<String, String> all = days.all()) {
      all.forEachRemaining(entry -> {
        List<String> kept = new ArrayList<>();
        for (String id : entry.value.split(",")) {
          ClusteredEvent cluster = clusters.get(id);
          if (cluster != null && cluster.getLastSeen().isAfter(cutoff)) {
            kept.add(id);
          } else if (cluster != null) {
            entries(members, id).forEach(member -> members.delete(member.key));
            entries(sources, id).forEach(source -> sources.delete(source.key));
            clusters.delete(id);
          }
        }
        updates.add(new String[] {entry.key, String.join(",", kept)});
      });
    }
    for (String[] update : updates) {
      if (update[1].isEmpty()) {
        days.delete(update[0]);
      } else {
        days.put(update[0], update[1]);
      }
    }
  }
}
