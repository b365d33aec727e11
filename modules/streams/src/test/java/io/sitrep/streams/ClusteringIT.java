package io.sitrep.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sitrep.extraction.RuleBasedExtractor;
import io.sitrep.json.ArticleJson;
import io.sitrep.model.Article;
import io.sitrep.model.ClusteredEvent;
import io.sitrep.model.topics.Topics;
import io.sitrep.testkit.KafkaBrokerExtension;
import io.sitrep.testkit.RealKafka;
import io.sitrep.testkit.TestArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Clustering across articles with real reports, through a real broker and the real extractor. */
@ExtendWith(KafkaBrokerExtension.class)
class ClusteringIT {

  private final Topics topics = Topics.withPrefix("clustering-" + UUID.randomUUID() + ".");
  @TempDir Path stateDir;

  @Test
  void mergesArabicAndEnglishReportsOfTheSecondFebruaryStrikesAndKeepsOtherStrikesApart(RealKafka kafka) throws Exception {
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    articles.add(json.parse(TestArticles.seedArticleJson(), Instant.now()));
    for (String line : TestArticles.februaryTwoStrikesJson()) {
      articles.add(json.parse(line, Instant.now()));
    }
    // Two strikes on one day in different provinces: two real-world events.
    articles.add(english("idlib", "Russian warplanes carried out airstrikes on the town of Maarat al-Numan in Idlib "
        + "province on Saturday, killing 9 civilians, rescuers said."));
    articles.add(english("daraa", "Russian warplanes carried out airstrikes on the town of Nawa in Daraa province on "
        + "Saturday, killing 4 civilians, rescuers said."));

    StreamsAppConfig config = SitrepStreamsAppIT.config(kafka, stateDir).withPartitions(2);
    try (SitrepStreamsApp app = new SitrepStreamsApp(config, RuleBasedExtractor.standard(), topics, PipelineObserver.NONE)) {
      app.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> app.state() == KafkaStreams.State.RUNNING);
      articles.forEach(article -> SitrepStreamsAppIT.produce(kafka, topics, article));

      // The compacted topic's latest value per cluster id; an absorbed cluster's tombstone removes it.
      Map<String, ClusteredEvent> latest = new HashMap<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!settled(latest) && System.nanoTime() < deadline) {
        for (var record : SitrepStreamsAppIT.readAtLeast(kafka, topics.clusteredEvents().name(), 1)) {
          ClusteredEvent value = topics.clusteredEvents().valueSerde().deserializer().deserialize("", record.value());
          latest.put(new String(record.key()), value);
        }
        latest.values().removeIf(cluster -> cluster == null);
      }

      List<ClusteredEvent> syria = clustersOn(latest, "SY", "2024-02-02");
      assertThat(syria).as("one real-world event in Syria on 2 February, among %s", latest.values()).hasSize(1);
      assertThat(syria.get(0).getLanguages()).containsExactlyInAnyOrder("ar", "en");
      assertThat(syria.get(0).getSourceArticleIds()).containsExactlyInAnyOrder("seed-ar-001", "en-pd-001", "en-wp-001");
      List<ClusteredEvent> iraq = clustersOn(latest, "IQ", "2024-02-02");
      assertThat(iraq).as("and one in Iraq").hasSize(1);
      assertThat(iraq.get(0).getSourceArticleIds()).containsExactlyInAnyOrder("seed-ar-001", "en-pd-001", "en-wp-001");
      assertThat(clustersOn(latest, "SY", "2024-03-02")).as("Idlib and Daraa stay apart")
          .extracting(cluster -> cluster.getLocation().getAdmin1()).containsExactlyInAnyOrder("Idlib", "Daraa");
    }
  }

  /** Both 2 February clusters have their several sources, and both 2 March strikes have arrived. */
  private static boolean settled(Map<String, ClusteredEvent> latest) {
    return clustersOn(latest, "SY", "2024-02-02").stream().anyMatch(cluster -> cluster.getNumSources() >= 3)
        && clustersOn(latest, "IQ", "2024-02-02").stream().anyMatch(cluster -> cluster.getNumSources() >= 3)
        && clustersOn(latest, "SY", "2024-03-02").size() >= 2;
  }

  private static List<ClusteredEvent> clustersOn(Map<String, ClusteredEvent> clusters, String country, String date) {
    return clusters.values().stream()
        .filter(cluster -> country.equals(cluster.getLocation().getCountry()))
        .filter(cluster -> cluster.getDate().equals(LocalDate.parse(date)))
        .filter(cluster -> cluster.getTypeFamily().equals("VIOLENT"))
        .toList();
  }

  private static Article english(String id, String text) {
    Instant published = Instant.parse("2024-03-03T09:00:00Z"); // a Sunday: "on Saturday" is 2 March
    return Article.newBuilder().setId(id).setText(text).setLanguage("en").setPublished(published)
        .setReceived(published).build();
  }
}
