package io.sitrep.model.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates Sitrep's topics when they are absent, with the partitions asked for; existing topics are left alone. */
public final class TopicCreator {

  private static final Logger log = LoggerFactory.getLogger(TopicCreator.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, Object> adminConfig;

  /**
   * @param bootstrapServers Kafka's {@code bootstrap.servers}
   * @param overrides further client settings (security and the like), passed through as given
   */
  public TopicCreator(String bootstrapServers, Map<String, String> overrides) {
    this.adminConfig = new HashMap<>(overrides);
    adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // Give up as soon as we do, not after the client's default minute.
    adminConfig.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
  }

  /**
   * Creates the missing topics; replication follows the broker's {@code default.replication.factor}.
   *
   * @throws IllegalStateException when the cluster cannot be reached or refuses
   */
  public void createIfAbsent(Collection<Topic<?, ?>> topics, int partitions) {
    try (Admin admin = Admin.create(adminConfig)) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      Set<NewTopic> missing = topics.stream()
          .filter(topic -> !existing.contains(topic.name()))
          .map(topic -> new NewTopic(topic.name(), Optional.of(partitions), Optional.empty())
              .configs(topic.compacted() ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                  : Map.of()))
          .collect(Collectors.toSet());
      for (var created : admin.createTopics(missing).values().entrySet()) {
        try {
          created.getValue().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
          log.info("created topic {} with {} partitions", created.getKey(), partitions);
        } catch (ExecutionException e) {
          // Another client starting at the same moment may have created it first: that is what we wanted.
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer from Kafka at " + adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
          + " within " + TIMEOUT.toSeconds() + " s: is it running, and is the address right?", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topics on " + adminConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
          + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /**
   * A created topic is usable once every partition has a leader in the brokers' metadata; until then clients get
   * "unknown topic" or "not leader" answers and retry noisily.
   */
  private static void awaitLeaders(Admin admin, Collection<String> created)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!created.isEmpty()) {
      try {
        boolean ready = admin.describeTopics(created).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .values().stream()
            .allMatch(topic -> topic.partitions().stream().allMatch(partition -> partition.leader() != null));
        if (ready) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("created topics got no partition leaders");
      }
      Thread.sleep(50);
    }
  }
}
