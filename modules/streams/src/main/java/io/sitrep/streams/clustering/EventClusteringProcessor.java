package io.sitrep.streams.clustering;

import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.MilitaryEvent;
import io.sitrep.streams.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * many the block holds. Clusters not updated within the retention (in stream time, so that a replay behaves as the
 * live run did) are forgotten, which bounds the stores; their last upsert stays on the compacted topic.
 */
public final class EventClusteringProcessor implements Processor<String, MilitaryEvent, String, ClusteredEvent> {

  /** Cluster id → cluster. */
  public static final String CLUSTERS_STORE = "event-clusters";
  /** {@code block|epoch day} → ids of the live clusters with a member dated that day, comma-separated. */
  public static final String DAY_INDEX_STORE = "event-cluster-days";
  /** Event id → the clustered report, with the time it was seen: what new reports are compared with. */
  public static final String MEMBERS_STORE = "event-cluster-members";
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private final EventClusterer clusterer = new EventClusterer();
  private final Duration retention;
  private final PipelineObserver observer;
  private ProcessorContext<String, ClusteredEvent> context;
  private KeyValueStore<String, ClusteredEvent> clusters;
  private KeyValueStore<String, String> days;
  private TimestampedKeyValueStore<String, MilitaryEvent> members;

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
    EventClusterer.Update update = clusterer.add(candidates, this::member,
        new EventClusterer.Member(event, Instant.ofEpochMilli(record.timestamp())));
    if (update.upserts().isEmpty()) {
      return; // replayed: already counted
    }
    members.put(event.getEventId(), ValueAndTimestamp.make(event, record.timestamp()));
    ClusteredEvent cluster = update.upserts().get(0);
    for (String absorbed : update.absorbed()) {
      reindex(block, clusters.get(absorbed), absorbed, cluster.getClusterId());
      clusters.delete(absorbed);
      context.forward(new Record<String, ClusteredEvent>(absorbed, null, record.timestamp()));
    }
    if (cluster.getVersion() > 1) {
      observer.clusterUpdated(update.absorbed().size());
    }
    addToDay(dayKey(block, day), cluster.getClusterId(), null);
    clusters.put(cluster.getClusterId(), cluster);
    context.forward(new Record<>(cluster.getClusterId(), cluster, record.timestamp()));
  }

  /** The days of an absorbed cluster's members now point to the cluster that absorbed it. */
  private void reindex(String block, ClusteredEvent absorbed, String absorbedId, String survivorId) {
    Set<Long> memberDays = new LinkedHashSet<>();
    for (String id : absorbed.getMemberEventIds()) {
      memberDays.add(member(id).event().getDate().toEpochDay());
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

  private static String dayKey(String block, long epochDay) {
    return block + "|" + epochDay;
  }

  private EventClusterer.Member member(String eventId) {
    ValueAndTimestamp<MilitaryEvent> stored = members.get(eventId);
    return new EventClusterer.Member(stored.value(), Instant.ofEpochMilli(stored.timestamp()));
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
            cluster.getMemberEventIds().forEach(members::delete);
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
