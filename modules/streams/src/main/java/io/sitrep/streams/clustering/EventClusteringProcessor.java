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
 * by block, so one task sees every event of a block. Clusters not updated within the retention (in stream time, so
 * that a replay behaves as the live run did) are forgotten, which bounds the stores; their last upsert stays on
 * the compacted topic.
 */
public final class EventClusteringProcessor implements Processor<String, MilitaryEvent, String, ClusteredEvent> {

  /** Cluster id → cluster. */
  public static final String CLUSTERS_STORE = "event-clusters";
  /** Block key → ids of the block's live clusters, comma-separated. */
  public static final String BLOCK_INDEX_STORE = "event-cluster-blocks";
  /** Event id → the clustered report, with the time it was seen: what clusters are folded from. */
  public static final String MEMBERS_STORE = "event-cluster-members";
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

  private final EventClusterer clusterer = new EventClusterer();
  private final Duration retention;
  private final PipelineObserver observer;
  private ProcessorContext<String, ClusteredEvent> context;
  private KeyValueStore<String, ClusteredEvent> clusters;
  private KeyValueStore<String, String> blocks;
  private TimestampedKeyValueStore<String, MilitaryEvent> members;

  public EventClusteringProcessor(Duration retention, PipelineObserver observer) {
    this.retention = retention;
    this.observer = observer;
  }

  @Override
  public void init(ProcessorContext<String, ClusteredEvent> context) {
    this.context = context;
    this.clusters = context.getStateStore(CLUSTERS_STORE);
    this.blocks = context.getStateStore(BLOCK_INDEX_STORE);
    this.members = context.getStateStore(MEMBERS_STORE);
    context.schedule(PURGE_INTERVAL, PunctuationType.STREAM_TIME, this::forgetQuietClusters);
  }

  @Override
  public void process(Record<String, MilitaryEvent> record) {
    String block = record.key();
    List<String> ids = clusterIds(block);
    List<ClusteredEvent> current = ids.stream().map(clusters::get).filter(Objects::nonNull).toList();
    EventClusterer.Update update = clusterer.add(current, this::member,
        new EventClusterer.Member(record.value(), Instant.ofEpochMilli(record.timestamp())));
    if (!update.upserts().isEmpty()) {
      members.put(record.value().getEventId(), ValueAndTimestamp.make(record.value(), record.timestamp()));
    }
    Set<String> live = new LinkedHashSet<>(ids);
    for (String absorbed : update.absorbed()) {
      clusters.delete(absorbed);
      live.remove(absorbed);
      context.forward(new Record<String, ClusteredEvent>(absorbed, null, record.timestamp()));
    }
    for (ClusteredEvent cluster : update.upserts()) {
      if (cluster.getVersion() > 1) {
        observer.clusterUpdated(update.absorbed().size());
      }
      clusters.put(cluster.getClusterId(), cluster);
      live.add(cluster.getClusterId());
      context.forward(new Record<>(cluster.getClusterId(), cluster, record.timestamp()));
    }
    blocks.put(block, String.join(",", live));
  }

  private EventClusterer.Member member(String eventId) {
    ValueAndTimestamp<MilitaryEvent> stored = members.get(eventId);
    return new EventClusterer.Member(stored.value(), Instant.ofEpochMilli(stored.timestamp()));
  }

  private List<String> clusterIds(String block) {
    String ids = blocks.get(block);
    return ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
  }

  private void forgetQuietClusters(long now) {
    Instant cutoff = Instant.ofEpochMilli(now).minus(retention);
    List<String[]> updates = new ArrayList<>();
    try (KeyValueIterator<String, String> all = blocks.all()) {
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
        blocks.delete(update[0]);
      } else {
        blocks.put(update[0], update[1]);
      }
    }
  }
}
