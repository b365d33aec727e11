package io.sitrep.ops.lag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.StreamsGroupDescription;
import org.apache.kafka.clients.admin.StreamsGroupMemberAssignment;
import org.apache.kafka.clients.admin.StreamsGroupMemberDescription;
import org.apache.kafka.clients.admin.StreamsGroupSubtopologyDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads consumer groups' committed offsets, log-end offsets and the age of the record each group waits for.
 * Groups of Kafka Streams apps on the "streams" rebalance protocol are read too; their membership comes from tasks.
 *
 * <p>Lag in seconds is now minus the timestamp of the record at the committed offset, read by a short-lived
 * consumer that assigns, seeks and polls (it joins no group and commits nothing). When retention has already
 * deleted that record, the age is interpolated from the log-end offsets this sampler saw on earlier samples, or
 * bounded from below by the oldest record still there. Not thread-safe across calls: one caller samples.
 */
public final class LagSampler {

  /** Sitrep's Kafka Streams application id, which is also its consumer group. */
  public static final String APPLICATION_ID = "sitrep";
  /** Groups that read a topic with this prefix are Sitrep's downstream consumers. */
  public static final String EVENTS_TOPIC_PREFIX = "events.";

  private static final Logger log = LoggerFactory.getLogger(LagSampler.class);
  private static final int TIMELINE_POINTS = 720;

  private record Probe(TopicPartition topicPartition, long offset) {}

  /** What the probe found at an offset: a record's timestamp, or nothing readable before the end of the log. */
  private record ProbeResult(boolean found, long timestamp) {}

  private record GroupView(boolean known, boolean membersKnown, String state, Set<TopicPartition> assigned) {}

  private final Admin admin;
  private final Map<String, Object> probeConfig;
  private final Clock clock;
  private final Duration timeout;
  private final OffsetTimeline timeline = new OffsetTimeline(TIMELINE_POINTS);

  /**
   * @param admin a client of the cluster; the caller owns and closes it
   * @param consumerConfig connection settings for the probing consumer ({@code bootstrap.servers}, security);
   *     group, deserializer and commit settings are set here
   * @param clock the clock that "now" comes from
   * @param timeout how long each call to the cluster, and the probe, may take
   */
  public LagSampler(Admin admin, Map<String, Object> consumerConfig, Clock clock, Duration timeout) {
    this.admin = admin;
    this.clock = clock;
    this.timeout = timeout;
    Map<String, Object> config = new HashMap<>(consumerConfig);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    // read_uncommitted: records of an open transaction are waiting too; only markers are skipped.
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    // If retention deletes the record between listing and probing, the next one is a fair lower bound.
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
    config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "sitrep-lag-probe");
    this.probeConfig = Map.copyOf(config);
  }

  /** A sampler on the system clock with a 10 s timeout. */
  public LagSampler(Admin admin, Map<String, Object> consumerConfig) {
    this(admin, consumerConfig, Clock.systemUTC(), Duration.ofSeconds(10));
  }

  /** Sitrep's groups: {@value #APPLICATION_ID} and every group that committed offsets on an {@code events.} topic. */
  public Set<String> discoverGroups() {
    return discoverGroups(APPLICATION_ID, EVENTS_TOPIC_PREFIX);
  }

  /** {@code applicationId} (even if absent, to report it NOTFOUND) plus the groups that read a topic with the prefix. */
  public Set<String> discoverGroups(String applicationId, String topicPrefix) {
    Set<String> groups = new TreeSet<>();
    groups.add(applicationId);
    // Streams groups too: a Kafka Streams app on the "streams" rebalance protocol is not a consumer group.
    ListGroupsOptions options = new ListGroupsOptions()
        .withTypes(Set.of(GroupType.CLASSIC, GroupType.CONSUMER, GroupType.STREAMS));
    Collection<GroupListing> listings = await(admin.listGroups(options).all(), "list consumer groups");
    Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
    listings.forEach(listing -> specs.put(listing.groupId(), new ListConsumerGroupOffsetsSpec()));
    if (specs.isEmpty()) {
      return groups;
    }
    ListConsumerGroupOffsetsResult offsets = admin.listConsumerGroupOffsets(specs);
    for (String group : specs.keySet()) {
      Map<TopicPartition, OffsetAndMetadata> committed = awaitOrNull(offsets.partitionsToOffsetAndMetadata(group));
      if (committed != null && committed.keySet().stream().anyMatch(tp -> tp.topic().startsWith(topicPrefix))) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** Samples the given groups now. */
  public synchronized LagSnapshot sample(Set<String> groups) {
    Instant now = clock.instant();
    if (groups.isEmpty()) {
      return new LagSnapshot(now, List.of());
    }
    Map<String, GroupView> views = describe(groups);
    Map<String, Map<TopicPartition, Long>> committed = committedOffsets(groups);

    Set<TopicPartition> partitions = new HashSet<>();
    committed.values().forEach(offsets -> partitions.addAll(offsets.keySet()));
    Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
    Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
    ends.forEach((tp, end) -> timeline.record(tp, now, end));
    timeline.retain(ends.keySet());

    Set<Probe> probes = new HashSet<>();
    committed.values().forEach(offsets -> offsets.forEach((tp, offset) -> {
      if (ends.containsKey(tp) && starts.containsKey(tp) && offset < ends.get(tp)) {
        // For a deleted record, the oldest record left bounds its age from below.
        probes.add(new Probe(tp, Math.max(offset, starts.get(tp))));
      }
    }));
    Map<Probe, ProbeResult> found = probe(probes, ends);

    List<GroupSample> samples = new ArrayList<>();
    for (String group : new TreeSet<>(groups)) {
      GroupView view = views.get(group);
      Map<TopicPartition, Long> offsets = committed.getOrDefault(group, Map.of());
      List<PartitionSample> partitionSamples = new ArrayList<>();
      offsets.forEach((tp, offset) -> {
        Long end = ends.get(tp);
        Long start = starts.get(tp);
        if (end == null || start == null) {
          return; // the topic was deleted or is unavailable: nothing to measure
        }
        boolean assigned = !view.membersKnown() || view.assigned().contains(tp);
        partitionSamples.add(partitionSample(now, tp, offset, start, end, assigned, found));
      });
      samples.add(new GroupSample(group, view.known() || !offsets.isEmpty(), view.state(), partitionSamples));
    }
    return new LagSnapshot(now, samples);
  }

  private PartitionSample partitionSample(Instant now, TopicPartition tp, long committed, long start, long end,
      boolean assigned, Map<Probe, ProbeResult> found) {
    if (committed >= end) {
      return new PartitionSample(tp, committed, end, 0, false, assigned);
    }
    ProbeResult result = found.get(new Probe(tp, Math.max(committed, start)));
    if (committed >= start && result != null) {
      // No record up to the end means only transaction markers were left: nothing is waiting.
      double seconds = result.found() ? secondsSince(now, result.timestamp()) : 0;
      return new PartitionSample(tp, committed, end, seconds, false, assigned);
    }
    return new PartitionSample(tp, committed, end, estimateSeconds(now, tp, committed, result), true, assigned);
  }

  /**
   * The age of a record that can no longer be read: interpolated from the end offsets seen over time, else the
   * time since the first of them; never younger than the oldest record still in the log.
   */
  private double estimateSeconds(Instant now, TopicPartition tp, long offset, ProbeResult oldestLeft) {
    Instant appended = timeline.estimateAppendTime(tp, offset).or(() -> timeline.oldest(tp)).orElse(now);
    double seconds = secondsSince(now, appended.toEpochMilli());
    if (oldestLeft != null && oldestLeft.found()) {
      seconds = Math.max(seconds, secondsSince(now, oldestLeft.timestamp()));
    }
    return seconds;
  }

  private static double secondsSince(Instant now, long epochMillis) {
    return Math.max(0, now.toEpochMilli() - epochMillis) / 1000.0;
  }

  private Map<String, GroupView> describe(Set<String> groups) {
    Map<String, GroupView> views = new HashMap<>();
    Map<String, KafkaFuture<ConsumerGroupDescription>> described = admin.describeConsumerGroups(groups)
        .describedGroups();
    for (String group : groups) {
      views.put(group, view(group, described.get(group)));
    }
    return views;
  }

  private GroupView view(String group, KafkaFuture<ConsumerGroupDescription> future) {
    try {
      ConsumerGroupDescription description = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Set<TopicPartition> assigned = new HashSet<>();
      for (MemberDescription member : description.members()) {
        assigned.addAll(member.assignment().topicPartitions());
      }
      return new GroupView(known(description.groupState()), true, description.groupState().toString(), assigned);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        // Also the answer for a group of another type: a Kafka Streams app on the "streams" protocol.
        return streamsView(group);
      }
      return unknownView(group, e.getCause());
    } catch (TimeoutException e) {
      throw new LagSamplingException("timed out describing consumer group " + group, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LagSamplingException("interrupted describing consumer group " + group, e);
    }
  }

  /** A Streams group owns tasks, not partitions: task i of a subtopology reads partition i of its source topics. */
  private GroupView streamsView(String group) {
    try {
      StreamsGroupDescription description = admin.describeStreamsGroups(List.of(group)).describedGroups()
          .get(group).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<String, Set<String>> sourceTopics = new HashMap<>();
      for (StreamsGroupSubtopologyDescription subtopology : description.subtopologies()) {
        Set<String> topics = new HashSet<>(subtopology.sourceTopics());
        topics.addAll(subtopology.repartitionSourceTopics().keySet());
        sourceTopics.put(subtopology.subtopologyId(), topics);
      }
      Set<TopicPartition> assigned = new HashSet<>();
      for (StreamsGroupMemberDescription member : description.members()) {
        for (StreamsGroupMemberAssignment.TaskIds tasks : member.assignment().activeTasks()) {
          for (String topic : sourceTopics.getOrDefault(tasks.subtopologyId(), Set.of())) {
            tasks.partitions().forEach(partition -> assigned.add(new TopicPartition(topic, partition)));
          }
        }
      }
      return new GroupView(known(description.groupState()), true, description.groupState().toString(), assigned);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupIdNotFoundException) {
        return new GroupView(false, true, GroupState.DEAD.toString(), Set.of());
      }
      return unknownView(group, e.getCause());
    } catch (TimeoutException e) {
      throw new LagSamplingException("timed out describing streams group " + group, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LagSamplingException("interrupted describing streams group " + group, e);
    }
  }

  /** A group we cannot describe (a share group, no permission) is judged without its membership. */
  private static GroupView unknownView(String group, Throwable cause) {
    log.debug("cannot describe group {}", group, cause);
    return new GroupView(false, false, GroupState.UNKNOWN.toString(), Set.of());
  }

  private static boolean known(GroupState state) {
    return state != GroupState.DEAD && state != GroupState.UNKNOWN;
  }

  private Map<String, Map<TopicPartition, Long>> committedOffsets(Set<String> groups) {
    Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
    groups.forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
    ListConsumerGroupOffsetsResult result = admin.listConsumerGroupOffsets(specs);
    Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
    for (String group : groups) {
      Map<TopicPartition, OffsetAndMetadata> offsets = awaitOrNull(result.partitionsToOffsetAndMetadata(group));
      Map<TopicPartition, Long> byPartition = new HashMap<>();
      if (offsets != null) {
        // The map holds null for a partition without a committed offset.
        offsets.forEach((tp, om) -> {
          if (om != null) {
            byPartition.put(tp, om.offset());
          }
        });
      }
      committed.put(group, byPartition);
    }
    return committed;
  }

  private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
    Map<TopicPartition, Long> offsets = new HashMap<>();
    if (partitions.isEmpty()) {
      return offsets;
    }
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, spec));
    ListOffsetsResult result = admin.listOffsets(request);
    for (TopicPartition tp : partitions) {
      ListOffsetsResult.ListOffsetsResultInfo info = awaitOrNull(result.partitionResult(tp));
      if (info != null) {
        offsets.put(tp, info.offset());
      }
    }
    return offsets;
  }

  private Map<Probe, ProbeResult> probe(Set<Probe> probes, Map<TopicPartition, Long> ends) {
    Map<Probe, ProbeResult> results = new HashMap<>();
    if (probes.isEmpty()) {
      return results;
    }
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(probeConfig)) {
      List<Probe> remaining = new ArrayList<>(probes);
      while (!remaining.isEmpty()) {
        // A consumer has one position per partition: groups at different offsets of one partition take turns.
        Map<TopicPartition, Probe> round = new HashMap<>();
        for (Iterator<Probe> it = remaining.iterator(); it.hasNext(); ) {
          Probe probe = it.next();
          if (round.putIfAbsent(probe.topicPartition(), probe) == null) {
            it.remove();
          }
        }
        probeRound(consumer, round, ends, results);
      }
    } catch (RuntimeException e) {
      // Lag in records is still worth reporting when records cannot be read (no READ permission, say).
      log.debug("cannot read records to time the lag", e);
    }
    return results;
  }

  private void probeRound(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Probe> round,
      Map<TopicPartition, Long> ends, Map<Probe, ProbeResult> results) {
    consumer.assign(round.keySet());
    consumer.resume(round.keySet());
    round.forEach((tp, probe) -> consumer.seek(tp, probe.offset()));
    Map<TopicPartition, Probe> pending = new HashMap<>(round);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
      for (TopicPartition tp : records.partitions()) {
        Probe probe = pending.remove(tp);
        if (probe != null) {
          results.put(probe, new ProbeResult(true, records.records(tp).get(0).timestamp()));
          consumer.pause(List.of(tp));
        }
      }
      // The consumer skips transaction markers silently: a position at the end with no record means only
      // markers were there.
      for (Iterator<Map.Entry<TopicPartition, Probe>> it = pending.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<TopicPartition, Probe> entry = it.next();
        if (consumer.position(entry.getKey()) >= ends.get(entry.getKey())) {
          results.put(entry.getValue(), new ProbeResult(false, 0));
          consumer.pause(List.of(entry.getKey()));
          it.remove();
        }
      }
    }
  }

  private <T> T await(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new LagSamplingException("could not " + what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new LagSamplingException("timed out after " + timeout.toSeconds() + " s trying to " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LagSamplingException("interrupted trying to " + what, e);
    }
  }

  /** The value, or null when the cluster answered with an error for this one item (logged at debug). */
  private <T> T awaitOrNull(KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      log.debug("cluster answered with an error", e.getCause());
      return null;
    } catch (TimeoutException e) {
      throw new LagSamplingException("timed out after " + timeout.toSeconds() + " s reading offsets", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LagSamplingException("interrupted reading offsets", e);
    }
  }
}
