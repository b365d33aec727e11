package io.sitrep.bench.load;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far an application under test has got, read from its consumer group as an operator would: the articles it has
 * committed, and the records still waiting on its internal (repartition) topics, so that "done" means every
 * sub-topology is done, not only the first.
 */
final class GroupProgress {

  /**
   * @param articlesCommitted source records committed, over all partitions of the article topic
   * @param internalBacklog records not yet committed on the application's other input topics; a transaction marker
   *     after the last record counts as none, since a read_committed consumer never sees it
   */
  record Sample(long nanoTime, long articlesCommitted, long internalBacklog) {}

  private final Admin admin;
  private final String groupId;
  private final String articleTopic;

  GroupProgress(Admin admin, String groupId, String articleTopic) {
    this.admin = admin;
    this.groupId = groupId;
    this.articleTopic = articleTopic;
  }

  Sample sample() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> internal = new HashMap<>();
      long articles = 0;
      for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
        if (entry.getValue() == null) {
          continue;
        }
        if (entry.getKey().topic().equals(articleTopic)) {
          articles += entry.getValue().offset();
        } else {
          internal.put(entry.getKey(), OffsetSpec.latest());
        }
      }
      long backlog = 0;
      if (!internal.isEmpty()) {
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(internal).all().get();
        for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
          long behind = end.getValue().offset() - committed.get(end.getKey()).offset();
          backlog += behind > 1 ? behind : 0;
        }
      }
      return new Sample(System.nanoTime(), articles, backlog);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the progress of group " + groupId + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the progress of group " + groupId, e);
    }
  }
}
