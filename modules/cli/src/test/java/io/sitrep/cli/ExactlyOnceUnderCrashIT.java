package io.sitrep.cli;

import static io.sitrep.cli.FaultTestSupport.ARTICLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.model.Article;
import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import io.sitrep.streams.clustering.EventClusterer;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import io.sitrep.testkit.SyntheticArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once across crashes: the streams application runs as a separate JVM and is killed with SIGKILL at
 * random points, then restarted; a read_committed consumer must see every expected event exactly once, every event
 * must sit in exactly one cluster, and the clusters must be those of an uninterrupted run.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ExactlyOnceUnderCrashIT {

  private static final Logger log = LoggerFactory.getLogger(ExactlyOnceUnderCrashIT.class);
  private static final int KILLS = 3;
  private static final Duration DEADLINE = Duration.ofMinutes(4);

  @TempDir Path workDir;

  @Test
  void deliversEveryEventExactlyOnceThroughRepeatedSigkills(RealKafka kafka) throws Exception {
    String prefix = "eos-" + UUID.randomUUID() + ".";
    Topics topics = Topics.withPrefix(prefix);
    new TopicCreator(kafka.bootstrapServers(), Map.of()).createIfAbsent(topics.all(), 3);
    List<Article> articles = SyntheticArticles.generate("eos", ARTICLES, 7);
    Set<String> expected = FaultTestSupport.expectedEventIds(articles);
    FaultTestSupport.produce(kafka.bootstrapServers(), topics, articles);

    Path streamLog = FaultTestSupport.logFile("kill-" + prefix);
    String[] args = {"--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
        "--application-id", "eos-" + UUID.randomUUID(), "--state-dir", workDir.resolve("state").toString(),
        "--partitions", "3", "--threads", "2", "--config", FaultTestSupport.streamConfig(workDir).toString(), "--metrics-port", "0"};
    Random random = new Random(11);
    try (EventReader reader = new EventReader(kafka.bootstrapServers(), topics.events())) {
      for (int kill = 1; kill <= KILLS; kill++) {
        // Kill somewhere within the next slice of the work, at a point chosen at random.
        int killAt = Math.min(expected.size() - 1,
            reader.poll() + 1 + random.nextInt(Math.max(1, expected.size() / (KILLS + 2))));
        StreamProcess stream = StreamProcess.start(streamLog, args);
        await().atMost(DEADLINE).until(() -> reader.poll() >= killAt || !stream.isAlive());
        assertThat(stream.isAlive()).as("the stream process runs until killed; see " + streamLog).isTrue();
        stream.kill();
        log.info("SIGKILL {} after {} events", kill, reader.poll());
      }
      try (StreamProcess last = StreamProcess.start(streamLog, args)) {
        await().atMost(DEADLINE).until(() -> reader.poll() >= expected.size());
        // Anything still in flight would show as a duplicate: the count must hold for a while.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() -> reader.poll() == expected.size());
        // Clustering runs in a later sub-topology: wait until every event has reached it.
        await().atMost(DEADLINE).until(() -> clustered(
            FaultTestSupport.clusterMemberships(kafka.bootstrapServers(), topics)).containsAll(expected));
      }
      log.info("kill test: {} articles, {} expected events, {} records read", ARTICLES, expected.size(),
          reader.eventIds().size());
      FaultTestSupport.assertExactlyOnce(reader.eventIds(), expected);
    }

    // Clustering state survived the crashes exactly once too: every event is in one live cluster, none in two.
    // (A record lists at most EventClusterer.LISTED members; this corpus's largest cluster, 91 of 2,000 articles,
    // stays under it, so that the records show every membership.)
    Set<Set<String>> clusters = FaultTestSupport.clusterMemberships(kafka.bootstrapServers(), topics);
    assertThat(clusters).as("every cluster listed in full").allSatisfy(
        members -> assertThat(members).hasSizeLessThan(EventClusterer.LISTED));
    Set<String> clustered = clustered(clusters);
    long memberships = clusters.stream().mapToLong(Set::size).sum();
    assertThat(memberships).as("no event in two clusters").isEqualTo(clustered.size());
    assertThat(clustered).as("every factual event in a cluster, nothing else").isEqualTo(expected);

    // And the crashed run converged to the clusters of an uninterrupted run over the same articles.
    String cleanPrefix = "eos-clean-" + UUID.randomUUID() + ".";
    Topics cleanTopics = Topics.withPrefix(cleanPrefix);
    new TopicCreator(kafka.bootstrapServers(), Map.of()).createIfAbsent(cleanTopics.all(), 3);
    FaultTestSupport.produce(kafka.bootstrapServers(), cleanTopics, articles);
    try (StreamProcess clean = StreamProcess.start(streamLog, "--bootstrap-servers", kafka.bootstrapServers(),
        "--topic-prefix", cleanPrefix, "--application-id", "eos-clean-" + UUID.randomUUID(),
        "--state-dir", workDir.resolve("clean").toString(), "--partitions", "3", "--threads", "2",
        "--metrics-port", "0")) {
      await().atMost(DEADLINE).until(() -> clustered(
          FaultTestSupport.clusterMemberships(kafka.bootstrapServers(), cleanTopics)).containsAll(expected));
    }
    assertThat(FaultTestSupport.clusterMemberships(kafka.bootstrapServers(), cleanTopics))
        .as("the same clusters as an uninterrupted run").isEqualTo(clusters);
    log.info("kill test: {} events in {} clusters, each exactly once, as in an uninterrupted run", clustered.size(),
        clusters.size());
  }

  private static Set<String> clustered(Set<Set<String>> clusters) {
    Set<String> events = new HashSet<>();
    clusters.forEach(events::addAll);
    return events;
  }
}
