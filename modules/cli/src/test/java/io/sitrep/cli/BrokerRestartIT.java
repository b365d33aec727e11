package io.sitrep.cli;

import static io.sitrep.cli.FaultTestSupport.ARTICLES;
import static org.awaitility.Awaitility.await;

import io.sitrep.broker.EmbeddedBroker;
import io.sitrep.model.Article;
import io.sitrep.model.topics.TopicCreator;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.SyntheticArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker goes away mid-stream and comes back on the same port and data: the stream resumes, exactly once. */
class BrokerRestartIT {

  private static final Duration DEADLINE = Duration.ofMinutes(4);
  @TempDir Path workDir;

  @Test
  void resumesAfterTheBrokerRestartsWithNothingLostOrDoubled() throws Exception {
    Path brokerData = workDir.resolve("broker");
    Topics topics = Topics.standard();
    List<Article> articles = SyntheticArticles.generate("restart", ARTICLES, 17);
    Set<String> expected = FaultTestSupport.expectedEventIds(articles);
    EmbeddedBroker broker = EmbeddedBroker.start(0, brokerData);
    String bootstrap = broker.bootstrapServers();
    int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
    try {
      new TopicCreator(bootstrap, Map.of()).createIfAbsent(topics.all(), 3);
      Path streamLog = FaultTestSupport.logFile("broker-restart-" + port);
      String[] args = {"--bootstrap-servers", bootstrap, "--application-id", "restart",
          "--state-dir", workDir.resolve("state").toString(), "--partitions", "3",
          "--config", FaultTestSupport.streamConfig(workDir).toString(), "--metrics-port", "0"};
      try (EventReader reader = new EventReader(bootstrap, topics.events());
          StreamProcess stream = StreamProcess.start(streamLog, args)) {
        FaultTestSupport.produce(bootstrap, topics, articles.subList(0, articles.size() / 2));
        await().atMost(DEADLINE).until(() -> reader.poll() >= expected.size() / 4);

        broker.close();
        broker = EmbeddedBroker.start(port, brokerData);
        FaultTestSupport.produce(bootstrap, topics, articles.subList(articles.size() / 2, articles.size()));

        await().atMost(DEADLINE).until(() -> reader.poll() >= expected.size() || !stream.isAlive());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() -> reader.poll() == expected.size());
        FaultTestSupport.assertExactlyOnce(reader.eventIds(), expected);
      }
    } finally {
      broker.close();
    }
  }
}
