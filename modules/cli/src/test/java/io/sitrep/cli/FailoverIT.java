package io.sitrep.cli;

import static io.sitrep.cli.FaultTestSupport.ARTICLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.model.Article;
import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import io.sitrep.testkit.SyntheticArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two instances share the work; one is killed; the survivor takes over its partitions and nothing is lost. */
@ExtendWith(KafkaBrokerExtension.class)
class FailoverIT {

  private static final Duration DEADLINE = Duration.ofMinutes(4);
  @TempDir Path workDir;

  @Test
  void survivorTakesOverTheKilledInstancesPartitionsWithNothingLostOrDoubled(RealKafka kafka) throws Exception {
    String prefix = "failover-" + UUID.randomUUID() + ".";
    String applicationId = "failover-" + UUID.randomUUID();
    Topics topics = Topics.withPrefix(prefix);
    new TopicCreator(kafka.bootstrapServers(), Map.of()).createIfAbsent(topics.all(), 4);
    List<Article> articles = SyntheticArticles.generate("failover", ARTICLES, 13);
    Set<String> expected = FaultTestSupport.expectedEventIds(articles);
    Path streamLog = FaultTestSupport.logFile(prefix);
    Path config = FaultTestSupport.streamConfig(workDir);

    try (EventReader reader = new EventReader(kafka.bootstrapServers(), topics.events());
        Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        StreamProcess survivor = StreamProcess.start(streamLog, args(kafka, prefix, applicationId, "a", config));
        StreamProcess victim = StreamProcess.start(streamLog, args(kafka, prefix, applicationId, "b", config))) {
      await().atMost(DEADLINE).ignoreExceptions().until(() -> members(admin, applicationId) == 2);
      FaultTestSupport.produce(kafka.bootstrapServers(), topics, articles.subList(0, articles.size() / 2));
      await().atMost(DEADLINE).until(() -> reader.poll() >= expected.size() / 4);

      victim.kill();
      FaultTestSupport.produce(kafka.bootstrapServers(), topics, articles.subList(articles.size() / 2, articles.size()));

      await().atMost(DEADLINE).until(() -> reader.poll() >= expected.size());
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() -> reader.poll() == expected.size());
      assertThat(survivor.isAlive()).isTrue();
      assertThat(members(admin, applicationId)).as("the killed member left the group").isEqualTo(1);
      FaultTestSupport.assertExactlyOnce(reader.eventIds(), expected);
    }
  }

  private String[] args(RealKafka kafka, String prefix, String applicationId, String instance, Path config) {
    return new String[] {"--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix,
        "--application-id", applicationId, "--state-dir", workDir.resolve("state-" + instance).toString(),
        "--partitions", "4", "--config", config.toString(), "--metrics-port", "0"};
  }

  private static int members(Admin admin, String group) throws Exception {
    return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().size();
  }
}
